/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../components/base/theme.css';

// A glob rather than a plain import: the manifest is generated (npm run build:manifest) and
// git-ignored, and a missing file should cost the controls, not the whole Storybook.
const manifests = import.meta.glob<Record<string, unknown>>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest);
else console.warn('custom-elements.json is missing: run `npm run build:manifest` for controls and docs.');

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language (lang attribute)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'zh-CN', title: '中文 (zh-CN)' },
          { value: 'en', title: 'English (en)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'data-renda-theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'contrast', title: 'High contrast' },
        ],
        dynamicTitle: true,
      },
    },
    text: {
      description: 'data-renda-text (适老化 large text)',
      toolbar: {
        title: 'Text size',
        icon: 'paragraph',
        items: [
          { value: 'normal', title: 'Normal text' },
          { value: 'large', title: 'Large text (适老化)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'zh-CN', theme: 'light', text: 'normal' },
  decorators: [
    // The wrapper carries the attributes a host page would put on an ancestor, and paints the theme.
    (story, context) => html`<div
      lang=${context.globals.locale ?? 'zh-CN'}
      data-renda-theme=${context.globals.theme ?? 'light'}
      data-renda-text=${context.globals.text ?? 'normal'}
      style="box-sizing: border-box; min-height: 100vh; padding: 24px;"
    >
      ${story()}
    </div>`,
  ],
  parameters: {
    controls: { expanded: true },
    layout: 'fullscreen',
  },
};

export default preview;
