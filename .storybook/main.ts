import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  // A widget's stories live in its folder (components/<name>/<name>.stories.ts); shared pages in stories/.
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts', '../components/*/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
};
export default config;
