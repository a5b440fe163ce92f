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
