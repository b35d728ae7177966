// A Vue 3 app using the widgets with the package's own typings (tsconfig "types":
// ["menneskehandel-widgets/vue"]) and no declarations of its own, checked with
// `vue-tsc --strictTemplates`. The card and the checklist are imported before Vue mounts; the
// list's module loads later (see App.vue).
import { createApp } from 'vue';
import 'menneskehandel-widgets/components/contact-card.js';
import 'menneskehandel-widgets/components/indicator-checklist.js';
import App from './App.vue';
import { ready } from './state.ts';

createApp(App).mount('#app');
// For test/consumers/run.js: resolves once the list's module has loaded and the app re-rendered.
Object.assign(window, { consumer: ready });
