/**
 * Custom Elements Manifest from the components' JSDoc; Storybook reads it for controls and docs.
 * The manifest is the public API: private and protected members are left out, and a component's
 * events are the ones its JSDoc declares (`@event {Type} name - …`), not whatever the analyzer
 * guesses from `dispatchEvent` calls.
 */
const publicOnly = {
  name: 'renda-public-api',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules ?? []) {
      for (const declaration of mod.declarations ?? []) {
        if (declaration.members) {
          declaration.members = declaration.members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('_') && !m.name.startsWith('#'));
        }
        if (declaration.events) {
          const declared = new Map();
          for (const event of declaration.events) {
            if (!event.name || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(event.name) || !event.description) continue;
            declared.set(event.name, event);
          }
          declaration.events = [...declared.values()];
        }
      }
    }
  },
};

export default {
  globs: ['components/**/*.component.ts'],
  exclude: ['components/**/*.test.ts', 'components/**/*.stories.ts', 'components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicOnly],
};
