import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContent, targetLanguages, type Profile } from '../../scripts/bench/generator.ts';
import { astroBuild, buildWorkspace } from '../support/astro-build.ts';
import { Site, text } from '../support/site.ts';
import { firstView, KB } from '../support/weight.ts';

/*
 * A municipality with very many goal areas (150, as the benchmark's largest scale has, each with
 * three measured goals): the start page still fits its first view in 14 KB, listing the areas
 * compactly, each with its goals and status, all linked.
 */
const work = buildWorkspace('many-areas');
const content = join(work, 'content');
const areaCount = 150;
let built: Site;
let output = '';
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(async () => {
  // The benchmark's own generator, for titles as varied as real ones (repeated words would
  // compress too well to show anything): 150 areas with three goals each, every goal measured.
  const none = Object.fromEntries(targetLanguages.map((lang) => [lang, {}])) as Profile['translations'];
  const counts = { 'goal-areas': areaCount, goals: areaCount * 3, indicators: areaCount * 3, organisations: 2, 'development-areas': 1, activities: 1, initiatives: 1, pages: 2, 'accessibility-problems': 0 };
  generateContent({ dir: content, scale: 1, seed: 3, profile: { counts, translations: none } });
  const outDir = join(work, 'dist');
  const result = await astroBuild({ content, outDir, cacheDir: join(work, 'cache') });
  output = result.output;
  expect(result.code, result.output).toBe(0);
  built = new Site({ name: 'many-areas', contentDir: content, outDir, env: {} });
}, 300_000);

describe('a start page with 150 goal areas', () => {
  it('fits its first view in 14 KB in every language', () => {
    const weights = built.languages.map((lang) => firstView(built, built.prefix(lang)));
    console.log(`first view of the start page with ${areaCount} goal areas: ${weights.map((w) => `${w.path} ${(w.total / KB).toFixed(1)} KB`).join(', ')}`);
    const heavy = weights.filter((weight) => weight.total > 14 * KB);
    expect(heavy.map((w) => `${w.path}: ${(w.total / KB).toFixed(1)} KB`), output.slice(-500)).toEqual([]);
  });

  it('lists every area, linked, with its goals and its status, one line each', () => {
    for (const lang of built.languages) {
      const main = built.page(built.prefix(lang)).querySelector('main')!;
      const areas = readdirSync(join(content, 'goal-areas')).map((file) => built.entryPath('goal-areas', file.replace(/\.md$/, ''), lang));
      const linked = new Set([...main.querySelectorAll('a')].map((a) => a.getAttribute('href')));
      expect(areas.filter((path) => !linked.has(path)), lang).toEqual([]);
      const items = [...main.querySelectorAll('.area-list > li')];
      expect(items.length, lang).toBe(areas.length);
      const t = built.ui(lang);
      for (const item of items) {
        expect(item.querySelector('[data-progress]'), text(item)).not.toBeNull();
        expect(text(item), lang).toMatch(/\d/);
        // The generated areas are examples, and say so here too.
        expect(text(item)).toContain(t.illustrative.label);
      }
      expect(main.querySelector('.cards .card a[href*="/malomraden/"]'), 'no area cards').toBeNull();
    }
  });
});
