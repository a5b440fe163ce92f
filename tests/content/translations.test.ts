import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, buildWorkspace, projectRoot } from '../support/astro-build.ts';
import { fi } from '../../src/i18n/fi.ts';
import { sv } from '../../src/i18n/sv.ts';
import { runScript } from '../support/run-script.ts';

/*
 * The translation workflow on fixture content: a reviewed translation, a draft, one whose
 * Swedish source is edited after it was stamped, and none at all. The command and the built
 * status page must agree, and pages must say what they show.
 */
const work = buildWorkspace('translations');
const content = join(work, 'content');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const write = (file: string, text: string) => writeFileSync(join(content, file), text);

beforeAll(async () => {
  cpSync(join(projectRoot, 'tests/fixtures/content/minimal'), content, { recursive: true });
  // en/goal-one: reviewed, by people the file names; fi/goal-one: draft (both in the fixture); en/goal-two: to become outdated.
  write('translations/en/goals/goal-two.md', '---\ntitle: Goal two in English\nstatus: reviewed\n---\n');
  const reviewed = join(content, 'translations/en/goals/goal-one.md');
  writeFileSync(reviewed, readFileSync(reviewed, 'utf8').replace('status: reviewed', 'status: reviewed\ntranslator: Anna Andersson\nreviewedBy: Bo Berg'));
  // Lättläst: a start page and goal two, whose Swedish is about to change: drift tracked as for a translation.
  mkdirSync(join(content, 'translations/lattlast/pages'), { recursive: true });
  mkdirSync(join(content, 'translations/lattlast/goals'), { recursive: true });
  write('translations/lattlast/pages/index.md', '---\ntitle: Start, lättläst\n---\n\nHär står målen.\n');
  write('translations/lattlast/goals/goal-two.md', '---\ntitle: Mål två, lättläst\n---\n\nEtt kort mål.\n');
  // An .mdx page whose Swedish changes only in a component's line: the component is part of the text.
  write('pages/live-facts.mdx', '---\ntitle: Live facts\n---\n\nThe measure.\n\n<Chart indicator="the-indicator" />\n');
  mkdirSync(join(content, 'translations/en/pages'), { recursive: true });
  write('translations/en/pages/live-facts.mdx', '---\ntitle: Live facts in English\nstatus: reviewed\n---\n\nThe measure.\n\n<Chart indicator="the-indicator" />\n');
  for (const key of ['en/goals/goal-one', 'fi/goals/goal-one', 'en/goals/goal-two', 'lattlast/pages/index', 'lattlast/goals/goal-two', 'en/pages/live-facts']) {
    const stamped = await runScript('translations', ['--content', content, '--stamp', key]);
    expect(stamped.code, stamped.stderr).toBe(0);
  }
  const source = join(content, 'goals/goal-two.md');
  writeFileSync(source, readFileSync(source, 'utf8').replace('title: Goal two', 'title: Goal two, edited'));
  const mdx = join(content, 'pages/live-facts.mdx');
  writeFileSync(mdx, readFileSync(mdx, 'utf8').replace('<Chart indicator="the-indicator" />', '<StatusSummary />'));
});

describe('npm run translations', () => {
  it('stamps the fingerprint of the Swedish text into the translation', () => {
    expect(readFileSync(join(content, 'translations/en/goals/goal-one.md'), 'utf8')).toMatch(/^sourceHash: "[0-9a-f]{12}"$/m);
  });

  it('reports translated, draft, outdated and missing per page and language', async () => {
    const result = await runScript('translations', ['--content', content, '--json']);
    expect(result.code, result.stderr).toBe(0);
    const rows = JSON.parse(result.stdout) as { page: string; status: Record<string, string> }[];
    const status = (page: string) => rows.find((row) => row.page === page)?.status;
    expect(status('goals/goal-one')).toEqual({ fit: 'missing', fi: 'draft', en: 'translated', lattlast: 'missing' });
    expect(status('goals/goal-two')).toEqual({ fit: 'missing', fi: 'missing', en: 'outdated', lattlast: 'outdated' });
    expect(status('goal-areas/area-one')).toEqual({ fit: 'missing', fi: 'missing', en: 'missing', lattlast: 'missing' });
    expect(status('pages/index')?.lattlast).toBe('draft');
    expect(status('pages/live-facts')?.en).toBe('outdated');
  });

  it('prints a table a person can read, with a summary per language', async () => {
    const result = await runScript('translations', ['--content', content, '--lang', 'en']);
    expect(result.stdout).toMatch(/goals\/goal-two\s+outdated/);
    expect(result.stdout).toMatch(/^en: 1 translated, 0 draft, 2 outdated, \d+ missing$/m);
    expect(result.stdout).not.toMatch(/^fi:/m);
  });

  it('understands `npm run translations --stamp <key>`, one pair of dashes short, and explains stray words', async () => {
    // npm takes --stamp for itself and hands it on as npm_config_stamp; the key arrives bare.
    const stamped = await runScript('translations', ['--content', content, 'en/goals/goal-one'], { npm_config_stamp: 'true' });
    expect(stamped.code, stamped.stderr).toBe(0);
    expect(stamped.stdout).toContain('now translates the Swedish text');
    const stray = await runScript('translations', ['--content', content, 'en/goals/goal-one']);
    expect(stray.code).not.toBe(0);
    expect(stray.stderr).toContain('npm run translations -- --stamp');
  });

  it('refuses to stamp a translation that does not exist', async () => {
    const result = await runScript('translations', ['--content', content, '--stamp', 'fit/goals/goal-one']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('there is no translation');
  });
});

describe('the built fixture site', () => {
  let dist: string;
  beforeAll(async () => {
    dist = join(work, 'dist');
    const result = await astroBuild({
      content,
      outDir: dist,
      cacheDir: join(work, 'cache'),
      env: { MALBILD_SITE_URL: 'https://mal.fixturby.example/', MALBILD_REPOSITORY_URL: 'https://github.com/fixturby/malbild' },
    });
    expect(result.code, result.output).toBe(0);
  });
  const page = (path: string) => parseHTML(readFileSync(join(dist, path, 'index.html'), 'utf8')).document;

  it('shows the same statuses on the translation status page', () => {
    const document = page('en/oversattningar');
    const cell = (entry: string, lang: string) =>
      document.querySelector(`tr[data-entry="${entry}"] td[data-lang="${lang}"] [data-translation]`)?.getAttribute('data-translation');
    expect(cell('goals/goal-one', 'en')).toBe('translated');
    expect(cell('goals/goal-one', 'fi')).toBe('draft');
    expect(cell('goals/goal-two', 'en')).toBe('outdated');
    expect(cell('goals/goal-two', 'fit')).toBe('missing');
  });

  it('says on the page when a translation is outdated or a draft, claiming nothing about who or what made it', () => {
    expect(page('en/mal/goal-two').querySelector('.notice--outdated')).not.toBeNull();
    const draft = page('fi/mal/goal-one').querySelector('.notice--draft');
    expect(draft?.textContent).toContain(fi.translation.draft);
    expect(draft?.textContent, 'no names where the file gives none').not.toMatch(/Kääntänyt|Tarkistanut/);
    expect(draft?.querySelector('a')?.getAttribute('href')).toBe('https://github.com/fixturby/malbild/issues');
  });

  it('names who translated and who checked a reviewed translation, where its file says so', () => {
    const reviewed = page('en/mal/goal-one');
    expect(reviewed.querySelector('.notice--draft, .notice--fallback, .notice--outdated')).toBeNull();
    expect(reviewed.querySelector('h1')?.textContent).toBe('Goal one in English');
    expect(reviewed.querySelector('.notice--credits')?.textContent).toBe('Translated by Anna Andersson. Checked by Bo Berg.');
  });

  it('dates a page from its frontmatter where git has no date, and links to the file behind it', () => {
    const swedish = page('mal/goal-two');
    expect(swedish.querySelector('.page-info time')?.getAttribute('datetime')).toBe('2025-03-01');
    expect(swedish.querySelector('.page-info time')?.textContent).toBe('1 mars 2025');
    expect(swedish.querySelector('.edit-link a')?.getAttribute('href')).toMatch(/\/edit\/main\/.*\/goals\/goal-two\.md$/);
    expect(page('en/mal/goal-one').querySelector('.edit-link a')?.getAttribute('href')).toMatch(/\/translations\/en\/goals\/goal-one\.md$/);
    expect(page('mal/goal-three').querySelector('.page-info time'), 'no date anywhere: none shown').toBeNull();
  });

  it('shows the Lättläst status beside the languages, and a Lättläst page whose Swedish changed as out of date, in Lättläst words', () => {
    const document = page('oversattningar');
    expect(document.querySelector('tr[data-entry="goals/goal-two"] td[data-lang="lattlast"] [data-translation]')?.getAttribute('data-translation')).toBe('outdated');
    const outdated = page('lattlast/mal/goal-two').querySelector('.notice--outdated');
    expect(outdated?.textContent).toContain(sv.easyToRead.outdated);
    expect(outdated?.querySelector('a')?.getAttribute('href')).toBe('/mal/goal-two/');
    expect(page('lattlast').querySelector('.notice--draft')?.textContent).toContain(sv.easyToRead.draft);
  });

  it('announces alternates only in languages with a translation, with x-default', () => {
    const alternates = [...page('en/mal/goal-one').querySelectorAll('link[rel="alternate"]')].map((link) => link.getAttribute('hreflang'));
    expect(alternates.sort()).toEqual(['en', 'fi', 'sv', 'x-default']);
    expect(page('fit/mal/goal-one').querySelector('link[rel="alternate"]')).toBeNull();
  });
});
