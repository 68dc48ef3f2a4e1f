/**
 * Custom Elements Manifest from the components' JSDoc; Storybook reads it for controls and docs.
 * The manifest is the public API: private and protected members are left out, and a component's
 * events are the ones its JSDoc declares (`@event {Type} name - …`), not whatever the analyzer
 * guesses from `dispatchEvent` calls. Module paths are those of the shipped files
 * (`dist/components/<name>.js`, which `renda-kit/components/<name>` exposes).
 */
/** `components/vote/vote.component.ts` → `dist/components/vote.js`: the module a consumer imports. */
const shipped = (path) => path.replace(/^components\/([^/]+)\/\1\.component\.ts$/, 'dist/components/$1.js');

const publicOnly = {
  name: 'renda-public-api',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules ?? []) {
      // Paths name the files the package ships and its exports expose, not the TypeScript sources.
      mod.path = shipped(mod.path);
      for (const exported of mod.exports ?? []) if (exported.declaration?.module) exported.declaration.module = shipped(exported.declaration.module);
      for (const declaration of mod.declarations ?? []) {
        // Event classes extend the platform's Event, which no module of ours declares.
        if (declaration.superclass && ['Event', 'CustomEvent', 'HTMLElement'].includes(declaration.superclass.name)) declaration.superclass = { name: declaration.superclass.name, package: 'global:' };
        else if (declaration.superclass?.module) declaration.superclass.module = shipped(declaration.superclass.module);
        // The shipped module registers the tag as it loads.
        if (declaration.tagName && !(mod.exports ?? []).some((e) => e.kind === 'custom-element-definition'))
          (mod.exports ??= []).push({ kind: 'custom-element-definition', name: declaration.tagName, declaration: { name: declaration.name, module: mod.path } });
      }
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
