/**
 * The JavaScript files a built page loads, found as the browser finds them: the site's own script,
 * and on a page with widgets (`data-renda-widgets`) the loader, its shared runtime chunk and, for
 * each `renda-*` tag in the page, the chunk the loader imports for it with every chunk that one
 * imports. Read from the embed build (dist/renda-embed.js and dist/chunks/) or a site's /assets/.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Reads the loader in `dir` (where renda-embed.js is): its chunk per tag, its runtime chunk, and
 * each widget's words file per language (components/base/words.ts).
 */
export function readLoader(dir: string): { loader: string; runtime: string; chunkOfTag: Map<string, string>; wordsOfTag: Map<string, Record<string, string>> } {
  const loader = join(dir, 'renda-embed.js');
  const text = readFileSync(loader, 'utf8');
  // `"renda-x": () => import("./chunks/x-hash.js")`, quotes of any kind (the minifier uses backticks).
  const chunkOfTag = new Map([...text.matchAll(/["'`](renda-[a-z-]+)["'`]\s*:\s*\(\)\s*=>\s*import\(\s*["'`]([^"'`]+)["'`]/g)].map((m) => [m[1]!, join(dir, m[2]!)]));
  const runtime = /import\(\s*["'`](\.\/chunks\/runtime-[^"'`]+)["'`]/.exec(text)?.[1];
  if (chunkOfTag.size === 0 || !runtime) throw new Error(`${loader} names no widget chunk or no runtime: has its format changed?`);
  // The table the embed build writes in: `JSON.parse('{"renda-x":{"en":"./chunks/x-words-en-hash.js"}}')`.
  const table = /JSON\.parse\(\s*(["'`])(\{"renda-.*?\})\1\s*\)/.exec(text)?.[2];
  const files = table ? (JSON.parse(table) as Record<string, Record<string, string>>) : {};
  const wordsOfTag = new Map(Object.entries(files).map(([tag, byLocale]) => [tag, Object.fromEntries(Object.entries(byLocale).map(([locale, file]) => [locale, join(dir, file)]))]));
  return { loader, runtime: join(dir, runtime), chunkOfTag, wordsOfTag };
}

/** A module and the modules it imports statically (relative paths), transitively. */
export function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+?from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g)) staticClosure(join(dirname(file), m[1]!), seen);
  return seen;
}

/**
 * The widget tags in a page's HTML whose code the page loads (those in declarative shadow roots
 * too). A QR code the server drew loads its code only when used, so `renda-qr-code` counts only
 * where one is not drawn (no declarative shadow root right inside it).
 */
export const widgetTags = (html: string): string[] =>
  [...new Set([...html.matchAll(/<(renda-[a-z-]+)[\s>]/g)].map((m) => m[1]!))].filter((tag) => tag !== 'renda-qr-code' || /<renda-qr-code\b[^>]*>(?!<template shadowroot)/.test(html));

/** The language of a page's widgets: its `<html lang>`, as the loader reads it (en or zh-CN). */
const pageLocale = (html: string): string => (/^en(-|$)/i.test(/<html\b[^>]*\blang="([^"]*)"/.exec(html)?.[1] ?? '') ? 'en' : 'zh-CN');

/**
 * The script files a page loads: `siteScript`, and with widgets the loader, their chunks and their
 * words in the page's language.
 */
export function pageScripts(html: string, loaderDir: string, siteScript: string): Set<string> {
  const scripts = new Set<string>([siteScript]);
  if (!/data-renda-widgets=/.test(html)) return scripts;
  const { loader, runtime, chunkOfTag, wordsOfTag } = readLoader(loaderDir);
  const locale = pageLocale(html);
  for (const file of staticClosure(loader)) scripts.add(file);
  for (const file of staticClosure(runtime)) scripts.add(file);
  for (const tag of widgetTags(html)) {
    const chunk = chunkOfTag.get(tag);
    if (chunk) for (const file of staticClosure(chunk)) scripts.add(file);
    const words = wordsOfTag.get(tag)?.[locale];
    if (words) scripts.add(words);
  }
  return scripts;
}
