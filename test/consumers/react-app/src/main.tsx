// A React 19 app as `npm create vite -- --template react-ts` makes it, using the widgets with the
// package's own typings (tsconfig "types": ["menneskehandel-widgets/react"]) and no declarations
// of its own. The card and the checklist are imported before React renders; the list's module
// loads later, so the app also shows what happens to data handed to an element not yet defined.
import { createRoot } from 'react-dom/client';
import 'menneskehandel-widgets/components/contact-card.js';
import 'menneskehandel-widgets/components/indicator-checklist.js';
import { App, type ConsumerResult } from './App.tsx';

// For test/consumers/run.js: resolves once the list's module has loaded and the app re-rendered.
const consumer = new Promise<ConsumerResult>((resolve) => {
  createRoot(document.getElementById('root')!).render(<App onReady={resolve} />);
});
Object.assign(window, { consumer });
