import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { projectRoot } from './astro-build.ts';

export const distDir = join(projectRoot, 'dist');

/** Every HTML file in dist/, as a site path ("/", "/en/mal/x/", "/404.html"). */
export function builtPages(): string[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => '/' + file.replace(/index\.html$/, ''))
    .sort();
}

export function fileOf(sitePath: string): string {
  return join(distDir, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
}

const cache = new Map<string, Document>();

/** The parsed document of a built page. */
export function page(sitePath: string): Document {
  let document = cache.get(sitePath);
  if (!document) {
    document = parseHTML(readFileSync(fileOf(sitePath), 'utf8')).document as unknown as Document;
    cache.set(sitePath, document);
  }
  return document;
}

/** The text of an element with whitespace collapsed, as a reader sees it. */
export function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/*
 * The address contract, stated once for the tests: Swedish at the root, the other languages
 * under their prefix. Written out here rather than read from the site's config, so that a
 * change of address scheme shows up as a failing test.
 */
const languagePrefix = /^\/(fit|fi|en)\//;

/** The language of a site path ("/fi/mal/x/" → "fi", "/mal/x/" → "sv"). */
export function languageOf(path: string): string {
  return languagePrefix.exec(path)?.[1] ?? 'sv';
}

/** The same path without its language prefix ("/fi/mal/x/" → "/mal/x/"). */
export function withoutLanguage(path: string): string {
  return path.replace(languagePrefix, '/');
}
