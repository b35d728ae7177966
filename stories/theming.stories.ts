import type { Meta } from '@storybook/web-components-vite';
import '../index.js';
import { styleTable, tokenTable } from './token-table.js';
import { HOST_THEMES, applyHostTheme } from './themes.js';

/**
 * The stories behind the Theming page (stories/Theming.mdx): every `--mh-*` custom property from
 * custom-elements.json with its default, what it affects, which widgets use it and a live swatch
 * that follows the theme switcher; and every theme on one page. Hidden from the sidebar: the MDX
 * page is the entry.
 */
export default {
  title: 'Theming/Stories',
  tags: ['!dev', '!autodocs'],
} satisfies Meta;

export const Tokens = {
  name: 'Custom properties',
  render: () => {
    // Narrow screens scroll the table sideways instead of squeezing five columns into 320 px.
    const scroller = document.createElement('div');
    scroller.tabIndex = 0;
    scroller.setAttribute('role', 'region');
    scroller.setAttribute('aria-label', 'Custom properties');
    scroller.style.overflowX = 'auto';
    const table = styleTable(tokenTable());
    table.style.minWidth = '44rem';
    scroller.append(table);
    return scroller;
  },
};

/** The same widgets under every theme, side by side: what the switcher offers, at a glance. */
export const AllThemes = {
  name: 'All themes',
  render: () => {
    const grid = document.createElement('div');
    grid.style.display = 'grid';
    grid.style.gridTemplateColumns = 'repeat(auto-fill, minmax(min(100%, 22rem), 1fr))';
    grid.style.gap = '1rem';
    for (const theme of HOST_THEMES) {
      const panel = document.createElement('section');
      panel.setAttribute('aria-label', theme.title);
      panel.style.padding = '1rem';
      applyHostTheme(panel, theme);
      const title = document.createElement('p');
      title.textContent = theme.title;
      title.style.margin = '0 0 0.5rem';
      title.style.fontWeight = '700';
      const card = document.createElement('mh-contact-card');
      card.setAttribute('contact', 'rosa');
      card.setAttribute('heading-level', '3');
      const exit = document.createElement('mh-quick-exit');
      (exit as HTMLElement & { navigate: (href: string) => void }).navigate = (href) => console.info(`mh-quick-exit would go to ${href}`);
      panel.append(title, exit, card);
      grid.append(panel);
    }
    return grid;
  },
};
