import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import manifest from '../custom-elements.json';
// Host-page look (system sans-serif, 16px/1.5, dark on white); vite bundles the CSS, no external requests.
import './preview.css';

// Autodocs read attributes, properties, events, slots, parts and custom properties from the manifest.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the widgets (lang on the story root)',
      toolbar: {
        title: 'Språk',
        icon: 'globe',
        items: [
          { value: 'nb', title: 'Bokmål (nb)' },
          { value: 'nn', title: 'Nynorsk (nn)' },
          { value: 'en', title: 'English (en)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'nb' },
  decorators: [
    (story, context) => {
      // Widgets inherit lang from an ancestor, exactly as they would on a host page.
      const wrapper = document.createElement('div');
      wrapper.lang = String(context.globals.locale ?? 'nb');
      const rendered = story();
      if (rendered instanceof Node) wrapper.append(rendered);
      return wrapper;
    },
  ],
  parameters: {
    a11y: { test: 'error', options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } },
    controls: { expanded: true },
  },
};
export default preview;
