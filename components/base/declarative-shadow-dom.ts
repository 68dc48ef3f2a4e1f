/**
 * Browsers that do not attach `<template shadowrootmode>` while parsing — iOS Safari and WKWebView
 * before 16.4 (WeChat on those iPhones), Android WebViews before Chromium 90 — leave the town
 * sites' server-rendered widgets as inert templates. Here, before any widget is defined, the
 * templates left in the page become the shadow roots they describe (with the webcomponents
 * project's ponyfill), so Lit hydrates them as it does everywhere else.
 */
import { hydrateShadowRoots } from '@webcomponents/template-shadowroot';

/** True when templates with `shadowrootmode` are still in the document: the parser did not attach them. */
export function hasUnattachedShadowRoots(root: ParentNode): boolean {
  return root.querySelector('template[shadowrootmode]') !== null;
}

if (typeof document !== 'undefined' && document.body && hasUnattachedShadowRoots(document.body)) {
  hydrateShadowRoots(document.body);
}
