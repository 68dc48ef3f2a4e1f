import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for designers: run `npm run build:manifest` first (the docs pages and controls come
 * from custom-elements.json), then `npm run storybook`. Storybook keeps only `build.target` from
 * vite.config.ts, so the library-mode settings there do not leak in.
 *
 * Addons: docs (a page per component from the manifest, and the introduction) and a11y (axe on
 * every story, in the Accessibility panel; test/node/storybook-a11y.test.ts fails the build on
 * serious or critical violations).
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['./Introduction.mdx', '../components/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
};

export default config;
