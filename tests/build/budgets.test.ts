import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir, fileOf, page } from '../support/dist.ts';

/*
 * Page weight budgets, on the built site. A first view (HTML and the CSS and JS it loads before
 * any interaction, each gzipped) fits one TCP initial window, 14 KB; scripts stay small; one
 * stylesheet; no web fonts. The figures are printed so the CI log shows how close each one is.
 */

const KB = 1024;
const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const read = (sitePath: string) => readFileSync(fileOf(sitePath.split('?')[0]!));

interface Weight {
  path: string;
  html: number;
  css: number;
  js: number;
  total: number;
  stylesheets: string[];
}

function firstView(path: string): Weight {
  const document = page(path);
  const stylesheets = [...document.querySelectorAll('link[rel="stylesheet"]:not([media="print"])')].map((link) => link.getAttribute('href')!);
  const scripts = [...document.querySelectorAll('script[src]')].map((script) => script.getAttribute('src')!);
  const inline = [...document.querySelectorAll('script:not([src])')].map((script) => script.textContent ?? '').join('\n');
  const html = gzip(readFileSync(fileOf(path)));
  const css = stylesheets.reduce((sum, href) => sum + gzip(read(href)), 0);
  const js = scripts.reduce((sum, src) => sum + gzip(read(src)), 0) + (inline ? gzip(inline) : 0);
  return { path, html, css, js, total: html + css + scripts.reduce((sum, src) => sum + gzip(read(src)), 0), stylesheets };
}

const report = (label: string, weights: Weight[], pick: (w: Weight) => number, budget: number) => {
  const heaviest = weights.reduce((a, b) => (pick(b) > pick(a) ? b : a));
  console.log(`${label}: heaviest ${(pick(heaviest) / KB).toFixed(1)} KB of ${(budget / KB).toFixed(1)} KB (${heaviest.path})`);
};

const firstViewPages = builtPages().filter((path) => /^\/((fit|fi|en)\/)?((malomraden|mal)\/[^/]+\/)?$/.test(path));

describe('page weight', () => {
  const weights = firstViewPages.map(firstView);

  it('covers the start, area and goal pages in every language', () => {
    expect(weights.filter((w) => /\/mal\//.test(w.path)).length).toBeGreaterThanOrEqual(4 * 18);
    expect(weights.filter((w) => /\/malomraden\//.test(w.path)).length).toBeGreaterThanOrEqual(4 * 6);
    expect(weights.filter((w) => !/\/mal(omraden)?\//.test(w.path))).toHaveLength(4);
  });

  it('fits a first view in 14 KB gzip (HTML, CSS, JS; charts inline)', () => {
    report('first view', weights, (w) => w.total, 14 * KB);
    for (const weight of weights) expect(weight.total, weight.path).toBeLessThanOrEqual(14 * KB);
  });

  it('runs at most 2 KB gzip of JavaScript before interaction, with no framework runtime', () => {
    report('JavaScript', weights, (w) => w.js, 2 * KB);
    for (const weight of weights) expect(weight.js, weight.path).toBeLessThanOrEqual(2 * KB);
    for (const path of builtPages()) {
      for (const script of page(path).querySelectorAll('script')) expect(script.textContent ?? '', path).not.toMatch(/astro-island|__astro|hydrat/i);
    }
  });

  it('loads one stylesheet of at most 10 KB gzip (the search page adds its own, on use)', () => {
    report('stylesheet', weights, (w) => w.css, 10 * KB);
    for (const path of builtPages()) {
      const sheets = firstView(path).stylesheets.filter((href) => !href.includes('/pagefind/'));
      expect(sheets, path).toHaveLength(1);
    }
    for (const weight of weights) expect(weight.css).toBeLessThanOrEqual(10 * KB);
  });

  it('uses no web fonts', () => {
    const css = readdirSync(`${distDir}/_astro`).filter((file) => file.endsWith('.css'));
    for (const file of css) expect(readFileSync(`${distDir}/_astro/${file}`, 'utf8')).not.toMatch(/@font-face/);
    const fonts = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(woff2?|ttf|otf|eot)$/.test(file));
    expect(fonts).toEqual([]);
  });

  it('gives every image its size, and lazy loading below the first screen', () => {
    for (const path of builtPages()) {
      for (const image of page(path).querySelectorAll('main img')) {
        expect(image.getAttribute('width') && image.getAttribute('height'), `${path} ${image.getAttribute('src')}`).toBeTruthy();
        expect(image.getAttribute('loading'), `${path} ${image.getAttribute('src')}`).toBe('lazy');
      }
    }
  });
});
