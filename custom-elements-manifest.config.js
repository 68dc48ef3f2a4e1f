/** Custom Elements Manifest from the components' JSDoc; Storybook reads it for controls and docs. */
export default {
  globs: ['components/**/*.component.ts'],
  exclude: ['components/**/*.test.ts', 'components/**/*.stories.ts', 'components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
};
