/**
 * The synthetic content of `npm run bench` (scripts/bench/generator.ts): reproducible, as large as
 * asked, and valid by every rule the build checks, so that the benchmark measures a build that
 * succeeds. Generated into a temporary folder at small scales; nothing is built here.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fallbackProfile, folders, generateContent, profileOf, targetLanguages, type Folder, type Profile } from '../../scripts/bench/generator.ts';
import { requiredPages } from '../../src/config/content.ts';
import { languages } from '../../src/config/languages.ts';
import { loadSettings, settingsFileName } from '../../src/lib/settings.ts';
import type { ContentSet } from '../../src/lib/content-types.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { findPlaceholders, isPlaceholderName } from '../../src/lib/placeholders.ts';
import { sourceHash } from '../../src/lib/translation-hash.ts';
import { validateContent } from '../../src/lib/validate.ts';

const work = mkdtempSync(join(tmpdir(), 'malbild-bench-generator-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let runs = 0;
function generate(scale: number, seed = 1, profile: Profile = fallbackProfile) {
  const dir = join(work, `run-${++runs}`);
  return { dir, result: generateContent({ dir, scale, seed, profile }) };
}

/** Every file under a folder, by path relative to it. */
function files(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) found.set(relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name), 'utf8'));
  }
  return found;
}

interface Parsed {
  /** `goals/x` for a Swedish entry, `en/goals/x` for a translation. */
  key: string;
  folder: string;
  id: string;
  data: Record<string, unknown>;
  body: string;
  raw: string;
}

function read(dir: string) {
  const sources = new Map<Folder, Parsed[]>(folders.map((folder) => [folder, []]));
  const translations: (Parsed & { lang: string })[] = [];
  for (const [path, raw] of files(dir)) {
    // The settings are checked on their own, below.
    if (path === settingsFileName) continue;
    const split = splitFrontmatter(raw);
    expect(split, `${path} has frontmatter`).toBeDefined();
    const data = parse(split!.frontmatter) as Record<string, unknown>;
    const parts = path.replace(/\.md$/, '').split('/');
    if (parts[0] === 'translations') {
      const [, lang = '', folder = '', id = ''] = parts;
      translations.push({ key: `${lang}/${folder}/${id}`, lang, folder, id, data, body: split!.body, raw });
    } else {
      const [folder = '', id = ''] = parts;
      expect(folders, `${path} is in a collection folder`).toContain(folder);
      sources.get(folder as Folder)!.push({ key: `${folder}/${id}`, folder, id, data, body: split!.body, raw });
    }
  }
  return { sources, translations };
}

const ids = (entries: Parsed[]) => new Set(entries.map((e) => e.id));
const list = (value: unknown) => (Array.isArray(value) ? (value as string[]) : []);

describe('the benchmark content generator', () => {
  const base = generate(1);
  const content = read(base.dir);
  const all = [...content.sources.values()].flat();
  const of = (folder: Folder) => content.sources.get(folder)!;

  it('writes the same files for the same seed, and other files for another seed', () => {
    const again = generate(1);
    const other = generate(1, 2);
    expect(files(again.dir)).toEqual(files(base.dir));
    expect(again.result).toEqual({ ...base.result, dir: again.dir });
    expect(files(other.dir)).not.toEqual(files(base.dir));
  });

  it('makes scale 1 as large as the profile, and scale n n times as large', () => {
    for (const folder of folders) expect(of(folder).length, folder).toBe(fallbackProfile.counts[folder]);
    for (const lang of targetLanguages) {
      const expected = Object.values(fallbackProfile.translations[lang] ?? {}).reduce((a, b) => a + b, 0);
      expect(content.translations.filter((t) => t.lang === lang).length, lang).toBe(expected);
      expect(base.result.translations[lang]).toBe(expected);
    }
    const triple = generate(3);
    const tripled = read(triple.dir);
    for (const folder of folders) {
      expect(tripled.sources.get(folder)!.length, folder).toBe(3 * fallbackProfile.counts[folder]);
      expect(triple.result.entries[folder]).toBe(3 * fallbackProfile.counts[folder]);
    }
    expect(tripled.translations.length).toBe(3 * content.translations.length);
    expect(triple.result.files).toBe(files(triple.dir).size);
    // Pages of content entries: all but organisations, accessibility problems (listed on the
    // accessibility statement) and the start page's text, in every language.
    const withPages = folders.filter((f) => f !== 'organisations' && f !== 'accessibility-problems').reduce((sum, f) => sum + tripled.sources.get(f)!.length, 0) - 1;
    expect(triple.result.entryPages).toBe(languages.length * withPages);
  });

  it('keeps what the site needs at the smallest scale', () => {
    const tiny = read(generate(0.05).dir);
    for (const folder of ['goal-areas', 'goals', 'development-areas'] as const) expect(tiny.sources.get(folder)!.length).toBeGreaterThanOrEqual(1);
    expect(tiny.sources.get('organisations')!.map((o) => o.data.kind).sort()).toEqual(['administration', 'board']);
    expect(ids(tiny.sources.get('pages')!)).toEqual(new Set([requiredPages.home, requiredPages.process]));
  });

  it('writes settings the site accepts, in the languages of the content measured', () => {
    const settings = loadSettings(base.dir, {});
    expect(settings.languages.map((language) => language.code)).toEqual([...languages]);
    expect(settings.municipality.name.sv).toBeTruthy();
  });

  it('measures a content folder as its profile', () => {
    expect(profileOf(base.dir)).toEqual(fallbackProfile);
  });

  it('names files with a–z, digits and hyphens, has the required pages and marks every entry illustrative', () => {
    for (const entry of all) {
      expect(entry.id, entry.key).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(entry.data.illustrative, entry.key).toBe(true);
      expect(entry.data.editorial, entry.key).toBeUndefined();
    }
    expect(ids(of('pages'))).toContain(requiredPages.home);
    expect(ids(of('pages'))).toContain(requiredPages.process);
  });

  it('writes titles of 4–10 words and bodies of 2–5 sentences', () => {
    for (const entry of all) {
      const words = String(entry.data.title).split(' ').length;
      expect(words, entry.key).toBeGreaterThanOrEqual(4);
      expect(words, entry.key).toBeLessThanOrEqual(10);
      if (entry.folder === 'organisations' || entry.folder === 'pages') continue;
      const sentences = entry.body.split('.').length - 1;
      expect(sentences, entry.key).toBeGreaterThanOrEqual(2);
      expect(sentences, entry.key).toBeLessThanOrEqual(5);
    }
  });

  it('points every reference at an existing entry of the right kind', () => {
    const areas = ids(of('goal-areas'));
    const goals = ids(of('goals'));
    const developmentAreas = ids(of('development-areas'));
    const boards = new Set(of('organisations').filter((o) => o.data.kind === 'board').map((o) => o.id));
    const administrations = new Set(of('organisations').filter((o) => o.data.kind === 'administration').map((o) => o.id));
    const topInitiatives = new Set(of('initiatives').filter((i) => i.data.partOf === undefined).map((i) => i.id));
    const check = (entry: Parsed, field: string, value: unknown, known: Set<string>) =>
      expect(known.has(String(value)), `${entry.key} ${field}: ${String(value)}`).toBe(true);

    for (const goal of of('goals')) check(goal, 'area', goal.data.area, areas);
    for (const organisation of of('organisations')) {
      if (organisation.data.kind === 'administration') check(organisation, 'board', organisation.data.board, boards);
      else expect(organisation.data.board, organisation.key).toBeUndefined();
    }
    for (const area of of('development-areas')) {
      expect(list(area.data.goals).length).toBeGreaterThanOrEqual(1);
      for (const goal of list(area.data.goals)) check(area, 'goals', goal, goals);
      check(area, 'board', area.data.board, boards);
    }
    for (const activity of of('activities')) {
      check(activity, 'developmentArea', activity.data.developmentArea, developmentAreas);
      check(activity, 'administration', activity.data.administration, administrations);
    }
    for (const indicator of of('indicators')) {
      expect(list(indicator.data.goals).length).toBeGreaterThanOrEqual(1);
      for (const goal of list(indicator.data.goals)) check(indicator, 'goals', goal, goals);
    }
    for (const initiative of of('initiatives')) {
      for (const area of list(initiative.data.goalAreas)) check(initiative, 'goalAreas', area, areas);
      if (initiative.data.partOf !== undefined) check(initiative, 'partOf', initiative.data.partOf, topInitiatives);
    }
    for (const translation of content.translations) {
      expect(targetLanguages as readonly string[]).toContain(translation.lang);
      check(translation, 'source', translation.id, ids(of(translation.folder as Folder)));
    }
  });

  it('gives siblings different orders', () => {
    const unique = (entries: Parsed[], parent: (e: Parsed) => unknown) => {
      const keys = entries.map((e) => `${String(parent(e))}/${String(e.data.order)}`);
      expect(new Set(keys).size).toBe(keys.length);
      for (const e of entries) expect(Number.isInteger(e.data.order) && (e.data.order as number) >= 1, e.key).toBe(true);
    };
    unique(of('goal-areas'), () => '');
    unique(of('goals'), (e) => e.data.area);
    unique(of('activities'), (e) => e.data.developmentArea);
    unique(of('initiatives'), (e) => e.data.partOf ?? '');
  });

  it('keeps ten years of indicator values between the baseline and the target year, and periods in order', () => {
    for (const indicator of of('indicators')) {
      const baseline = indicator.data.baseline as { year: number; value: number };
      const target = indicator.data.target as { year: number; value: number };
      expect(target.year, indicator.key).toBeGreaterThan(baseline.year);
      const years = Object.keys(indicator.data.values as Record<string, number>).map(Number);
      expect(years.length, indicator.key).toBe(10);
      for (const year of years) {
        expect(year, indicator.key).toBeGreaterThanOrEqual(baseline.year);
        expect(year, indicator.key).toBeLessThanOrEqual(target.year);
      }
      if (indicator.data.kolada !== undefined) expect(indicator.data.kolada).toMatch(/^[NU]\d{5}$/);
    }
    for (const entry of [...of('development-areas'), ...of('activities')]) {
      const period = entry.data.period as { from: number; to: number };
      expect(period.from, entry.key).toBeLessThanOrEqual(period.to);
    }
  });

  it('fingerprints every translation with sourceHash of its Swedish source, quoted', () => {
    const byKey = new Map(all.map((e) => [e.key, e]));
    const statuses = new Set<unknown>();
    for (const translation of content.translations) {
      const source = byKey.get(`${translation.folder}/${translation.id}`)!;
      const expected = sourceHash({
        title: String(source.data.title),
        summary: typeof source.data.summary === 'string' ? source.data.summary : undefined,
        body: source.body,
      });
      expect(translation.data.sourceHash, translation.key).toBe(expected);
      expect(translation.raw, translation.key).toContain(`sourceHash: "${expected}"`);
      statuses.add(translation.data.status);
    }
    expect(statuses).toEqual(new Set(['draft', 'reviewed']));
  });

  it('uses only the placeholders the build knows, and the process page uses them all', () => {
    for (const entry of [...all, ...content.translations]) {
      for (const placeholder of findPlaceholders(entry.body)) expect(isPlaceholderName(placeholder.name), `${entry.key}: {${placeholder.name}}`).toBe(true);
    }
    const process = of('pages').find((p) => p.id === requiredPages.process)!;
    expect(findPlaceholders(process.body).map((p) => p.name).sort()).toEqual(['antal mål', 'antal mål per målområde', 'antal målområden', 'lista målområden']);
  });

  it("passes the build's own checks across files", () => {
    const ref = (id: unknown) => ({ id: String(id) });
    const entries = (folder: Folder, collection: string, refs: (data: Record<string, unknown>) => Record<string, unknown> = () => ({})) =>
      of(folder).map((e) => ({
        id: e.id,
        collection,
        filePath: `${base.dir}/${folder}/${e.id}.md`,
        body: e.body,
        data: { goalAreas: [], ...e.data, ...refs(e.data) },
      }));
    const set = {
      goalAreas: entries('goal-areas', 'goalAreas'),
      goals: entries('goals', 'goals', (d) => ({ area: ref(d.area) })),
      organisations: entries('organisations', 'organisations', (d) => (d.board ? { board: ref(d.board) } : {})),
      developmentAreas: entries('development-areas', 'developmentAreas', (d) => ({ goals: list(d.goals).map(ref), board: ref(d.board) })),
      activities: entries('activities', 'activities', (d) => ({ developmentArea: ref(d.developmentArea), administration: ref(d.administration) })),
      indicators: entries('indicators', 'indicators', (d) => ({ goals: list(d.goals).map(ref) })),
      initiatives: entries('initiatives', 'initiatives', (d) => ({ goalAreas: list(d.goalAreas).map(ref), ...(d.partOf ? { partOf: ref(d.partOf) } : {}) })),
      pages: entries('pages', 'pages'),
      accessibilityProblems: entries('accessibility-problems', 'accessibilityProblems'),
      translations: content.translations.map((t) => ({ id: t.key, collection: 'translations', body: t.body, data: t.data })),
    } as unknown as ContentSet;
    expect(validateContent(set)).toEqual([]);
  });
});
