import type { Meta } from '@storybook/web-components-vite';
import './define.js';
import type { MhQuickExit } from './quick-exit.js';
import { examples } from './examples.js';
import { storyFrom } from '../../stories/helpers.js';

export default {
  title: 'Widgets/Quick exit',
  component: 'mh-quick-exit',
  // The control a designer is most likely to try, and a value: test/storybook.test.ts checks it changes the widget.
  parameters: { tryControl: ['show-help', true] },
} satisfies Meta;

/** In Storybook the exit must not leave the docs page: log the address instead. */
function story(name: string) {
  const base = storyFrom(examples, name);
  return {
    ...base,
    render: (args: Record<string, unknown>) => {
      const fragment = base.render(args);
      const element = fragment.querySelector('mh-quick-exit') as MhQuickExit | null;
      if (element) element.navigate = (href) => console.info(`mh-quick-exit would go to ${href}`);
      return fragment;
    },
  };
}

export const Default = story('Default');
export const WithFallbackLinkAndHelp = story('With fallback link and help');
export const StickyAtTheTop = story('Sticky at the top');
export const WithoutTheShiftShortcut = story('Without the Shift shortcut');
export const Nynorsk = story('Nynorsk');
export const InvalidHref = story('Invalid href');
