import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for designers: run `npm run build:manifest` first (the controls come from
 * custom-elements.json), then `npm run storybook`. Storybook keeps only `build.target` from
 * vite.config.ts, so the library-mode settings there do not leak in.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../components/**/*.stories.ts'],
  addons: [],
  core: { disableTelemetry: true },
};

export default config;
