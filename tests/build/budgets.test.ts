import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nonEmpty, site } from '../support/site.ts';
import { siteNames } from '../support/sites.ts';
import { firstView, KB, type Weight } from '../support/weight.ts';

/*
 * Page weight budgets, on the built site. A first view (HTML and the CSS and JS it loads before
 * any interaction, each gzipped) fits one TCP initial window, 14 KB; scripts stay small; one
 * stylesheet; no web fonts. The figures are printed so the CI log shows how close each one is.
 * (The site shows no pictures in its texts: the content lint reports them, see markdown-lint.ts.)
 */

const report = (label: string, weights: Weight[], pick: (w: Weight) => number, budget: number) => {
  const heaviest = weights.reduce((a, b) => (pick(b) > pick(a) ? b : a));
  console.log(`${label}: heaviest ${(pick(heaviest) / KB).toFixed(1)} KB of ${(budget / KB).toFixed(1)} KB (${heaviest.path})`);
};

describe.each(siteNames)('page weight on the %s site', (name) => {
  const built = site(name);
  const firstViewPages = built.pages().filter((path) => {
    const shown = built.entryAt(path);
    return shown && built.languages.includes(shown.lang) && (['goal-areas', 'goals'].includes(shown.folder) || (shown.folder === 'pages' && shown.entry.id === 'index'));
  });
  const weights = firstViewPages.map((path) => firstView(built, path));

  it('covers the start, area and goal pages in every language', () => {
    const pagesOf = (folder: string) => built.languages.flatMap((lang) => built.entries(folder).map((entry) => built.entryPath(folder, entry.id, lang))).filter((path) => built.has(path));
    expect(weights.map((w) => w.path).sort()).toEqual([...nonEmpty(pagesOf('goals'), 'goal page'), ...pagesOf('goal-areas'), ...built.languages.map((lang) => built.prefix(lang))].sort());
  });

  it('fits a first view in 14 KB gzip (HTML, CSS, JS; charts inline)', () => {
    report('first view', weights, (w) => w.total, 14 * KB);
    for (const weight of weights) expect(weight.total, weight.path).toBeLessThanOrEqual(14 * KB);
  });

  it('runs at most 2 KB gzip of JavaScript before interaction, with no framework runtime', () => {
    report('JavaScript', weights, (w) => w.js, 2 * KB);
    for (const weight of weights) expect(weight.js, weight.path).toBeLessThanOrEqual(2 * KB);
    const framework = built.pages().filter((path) => [...built.page(path).querySelectorAll('script')].some((script) => /astro-island|__astro|hydrat/i.test(script.textContent ?? '')));
    expect(framework).toEqual([]);
  });

  it('loads one stylesheet of at most 10 KB gzip (the search page adds its own, on use)', () => {
    report('stylesheet', weights, (w) => w.css, 10 * KB);
    const notOne = built.pages().filter((path) => firstView(built, path).stylesheets.filter((href) => !href.includes('/pagefind/')).length !== 1);
    expect(notOne).toEqual([]);
    for (const weight of weights) expect(weight.css).toBeLessThanOrEqual(10 * KB);
  });

  it('uses no web fonts', () => {
    const css = readdirSync(`${built.outDir}/_astro`).filter((file) => file.endsWith('.css'));
    for (const file of css) expect(readFileSync(`${built.outDir}/_astro/${file}`, 'utf8')).not.toMatch(/@font-face/);
    const fonts = readdirSync(built.outDir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(woff2?|ttf|otf|eot)$/.test(file));
    expect(fonts).toEqual([]);
  });
});
