/// <reference types="vite/client" />
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import '../components/base/theme.css';
import { componentDescription, controlsForRenderedArgs, manifestArgTypes, useManifest } from './manifest-docs.js';

// A glob rather than a plain import: the manifest is generated (npm run build:manifest) and
// git-ignored, and a missing file should cost the controls and docs tables, not the whole Storybook.
const manifests = import.meta.glob<Record<string, unknown>>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) {
  setCustomElementsManifest(manifest);
  useManifest(manifest);
} else console.warn('custom-elements.json is missing: run `npm run build:manifest` for controls and docs.');

/**
 * Every story follows the toolbar's language, theme and text size, as a widget follows the page
 * it is pasted into. On a story's own page the attributes go on `<html>`, where a town site puts
 * them: every widget watches the document's `lang` (LocaleController) and re-renders in place.
 * On a docs page several stories share one document, so each gets a wrapper that carries them,
 * and a language change rebuilds the stories (`keyed`).
 */
const withPageSettings: Decorator = (story, context) => {
  const locale = String(context.globals.locale ?? 'zh-CN');
  const theme = String(context.globals.theme ?? 'light');
  const text = String(context.globals.text ?? 'normal');
  const root = document.documentElement;
  if (context.viewMode === 'docs') {
    // The same preview page showed a story before: its page-wide theme must not paint the docs.
    delete root.dataset.rendaTheme;
    delete root.dataset.rendaText;
    return html`${keyed(
      locale,
      html`<div lang=${locale} data-renda-theme=${theme} data-renda-text=${text} style="box-sizing: border-box; padding: 24px;">${story()}</div>`,
    )}`;
  }
  root.lang = locale;
  root.dataset.rendaTheme = theme;
  root.dataset.rendaText = text;
  return html`<div style="box-sizing: border-box; min-height: 100vh; padding: 24px;">${story()}</div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
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
  decorators: [withPageSettings],
  argTypesEnhancers: [controlsForRenderedArgs],
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    layout: 'fullscreen',
    options: { storySort: { order: ['Introduction', 'Components'] } },
    docs: {
      extractArgTypes: manifestArgTypes,
      extractComponentDescription: componentDescription,
      toc: true,
    },
    // axe on every story, in the Accessibility panel; the same rules fail `npm test`
    // (test/node/storybook-a11y.test.ts).
    a11y: { test: 'error' },
  },
};

export default preview;
