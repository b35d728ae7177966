import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import manifest from '../custom-elements.json';
// Host-page look (system sans-serif, 16px/1.5, dark on white); vite bundles the CSS, no external requests.
import './preview.css';
import { HOST_THEMES, applyHostTheme, hostTheme } from '../stories/themes.js';

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
    theme: {
      description: 'Host page theme: colours, color-scheme and --mh-* tokens a host would set (stories/themes.ts)',
      toolbar: {
        title: 'Tema',
        icon: 'paintbrush',
        items: HOST_THEMES.map((theme) => ({ value: theme.id, title: theme.title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'nb', theme: 'default' },
  decorators: [
    (story, context) => {
      // Widgets inherit lang from an ancestor, exactly as they would on a host page.
      const wrapper = document.createElement('div');
      wrapper.lang = String(context.globals.locale ?? 'nb');
      // The theme applies to a host container, as on a real page; in the canvas the whole page too.
      const theme = hostTheme(context.globals.theme);
      applyHostTheme(wrapper, theme);
      wrapper.style.padding = '1rem';
      if (context.viewMode === 'story') {
        document.documentElement.style.colorScheme = theme.colorScheme;
        document.body.style.background = theme.background;
      }
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
