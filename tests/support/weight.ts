import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Site } from './site.ts';

/*
 * What a reader's browser fetches for a first view of a page: the HTML and the CSS and JS it
 * loads before any interaction, each gzipped (level 9), as the budgets count it.
 */

export const KB = 1024;
export const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

export interface Weight {
  path: string;
  html: number;
  css: number;
  js: number;
  total: number;
  stylesheets: string[];
}

export function firstView(built: Pick<Site, 'fileOf' | 'page'>, path: string): Weight {
  const read = (sitePath: string) => readFileSync(built.fileOf(sitePath.split('?')[0]!));
  const document = built.page(path);
  const stylesheets = [...document.querySelectorAll('link[rel="stylesheet"]:not([media="print"])')].map((link) => link.getAttribute('href')!);
  const scripts = [...document.querySelectorAll('script[src]')].map((script) => script.getAttribute('src')!);
  const inline = [...document.querySelectorAll('script:not([src])')].map((script) => script.textContent ?? '').join('\n');
  const html = gzip(readFileSync(built.fileOf(path)));
  const css = stylesheets.reduce((sum, href) => sum + gzip(read(href)), 0);
  const js = scripts.reduce((sum, src) => sum + gzip(read(src)), 0) + (inline ? gzip(inline) : 0);
  return { path, html, css, js, total: html + css + scripts.reduce((sum, src) => sum + gzip(read(src)), 0), stylesheets };
}
