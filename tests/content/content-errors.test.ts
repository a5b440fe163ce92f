import { cpSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild, buildWorkspace, projectRoot } from '../support/astro-build.ts';

/*
 * Each bad-content fixture is the minimal valid content with one file added or replaced (or,
 * listed in a file named DELETE, removed). The
 * real build must stop on it, name the file and the field, say what it expected, and publish
 * nothing.
 */
const fixtures = join(projectRoot, 'tests/fixtures/content');
const work = buildWorkspace('content');
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function buildWith(overlay: string | undefined) {
  const dir = join(work, overlay ?? 'valid');
  cpSync(join(fixtures, 'minimal'), join(dir, 'content'), { recursive: true });
  if (overlay) {
    const from = join(fixtures, 'invalid', overlay);
    cpSync(from, join(dir, 'content'), { recursive: true, filter: (path) => !path.endsWith('/DELETE') });
    const deletions = join(from, 'DELETE');
    if (existsSync(deletions)) {
      for (const file of readFileSync(deletions, 'utf8').split('\n').filter(Boolean)) rmSync(join(dir, 'content', file));
    }
  }
  const outDir = join(dir, 'dist');
  const result = await astroBuild({ content: join(dir, 'content'), outDir, cacheDir: join(dir, 'cache') });
  return { ...result, outDir };
}

function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
}

interface Case {
  fixture: string;
  file: string;
  field: string;
  expected: string[];
}

const cases: Case[] = [
  { fixture: 'missing-field', file: 'goals/goal-two.md', field: 'title', expected: ['expected a title'] },
  { fixture: 'mistyped-field', file: 'activities/the-activity.md', field: 'status', expected: ['expected one of: planned, ongoing, done, postponed'] },
  { fixture: 'value-year-outside-range', file: 'indicators/the-indicator.md', field: 'values.2019', expected: ['2019', 'outside the indicator', '2020–2026'] },
  { fixture: 'period-reversed', file: 'development-areas/the-development-area.md', field: 'period.to', expected: ['ends ("to") before it starts'] },
  { fixture: 'invalid-kolada-id', file: 'indicators/the-indicator.md', field: 'kolada', expected: ['expected a Kolada KPI id'] },
  { fixture: 'editorial-without-sources', file: 'initiatives/the-initiative.md', field: 'sources', expected: ['must list the sources'] },
  { fixture: 'broken-reference', file: 'goals/goal-two.md', field: 'area', expected: ['found "area-on"', 'expected the id of a goal area', 'Did you mean "area-one"'] },
  { fixture: 'wrong-organisation-kind', file: 'activities/the-activity.md', field: 'administration', expected: ['found "the-board", which is a board', 'expected an administration', '"the-administration"'] },
  { fixture: 'duplicate-order', file: 'goals/goal-two.md', field: 'order', expected: ['found 1, which', 'goals/goal-one.md already has'] },
  { fixture: 'unknown-language', file: 'translations/de/goals/goal-one.md', field: 'language (folder name)', expected: ['found "de"', '"fit", "fi", "en"'] },
  { fixture: 'translation-fingerprint-unquoted', file: 'translations/en/goals/goal-one.md', field: 'sourceHash', expected: ['expected the fingerprint in quotes'] },
  { fixture: 'translation-without-source', file: 'translations/en/goals/goal-nine.md', field: 'file name', expected: ['found "goal-nine"', 'Did you mean "goal-one"'] },
  { fixture: 'unknown-placeholder', file: 'pages/malstyrningsprocess.md', field: 'text, line 5', expected: ['{antal nämnder}', '{antal målområden}'] },
  { fixture: 'file-name-not-an-address', file: 'goals/Mål-fyra.md', field: 'file name', expected: ['lower-case letters a–z', 'rename the file to "mal-fyra.md"'] },
  { fixture: 'file-name-with-space', file: 'goals/Goal Four.md', field: 'file name', expected: ['found "Goal Four"', 'rename the file to "goal-four.md"'] },
  { fixture: 'not-utf-8', file: 'pages/om-kommunen.md', field: 'file', expected: ['not saved as UTF-8', 'save it as UTF-8'] },
  // Every file's problems at once, not only the first file's.
  { fixture: 'problems-in-two-files', file: 'goals/goal-two.md', field: 'title', expected: ['the field is missing', 'activities/the-activity.md — status: found "pågår"'] },
  // The settings (content/settings.yml) and the interface text (content/interface/<language>.yml).
  { fixture: 'settings-missing', file: 'settings.yml', field: 'file', expected: ['the file is missing', 'npm run new-site'] },
  { fixture: 'settings-swedish-not-first', file: 'settings.yml', field: 'languages[0].code', expected: ['found "en", expected "sv"'] },
  { fixture: 'settings-misspelt-field', file: 'settings.yml', field: 'municipality', expected: ['websit'] },
  { fixture: 'settings-site-address-not-a-url', file: 'settings.yml', field: 'site.url', expected: ['found "mal.fixturby.example"', 'https://'] },
  { fixture: 'settings-words-for-unpublished-language', file: 'settings.yml', field: 'levels.goalArea.de', expected: ['found the language "de"', 'not published in'] },
  { fixture: 'interface-missing-for-a-language', file: 'settings.yml', field: 'languages[1].code', expected: ['found "so"', 'no interface text', 'interface/so.yml'] },
  { fixture: 'interface-unknown-text', file: 'interface/sv.yml', field: 'search.tittle', expected: ['not a text of the interface', 'Did you mean "title"'] },
  { fixture: 'interface-unknown-gap', file: 'interface/en.yml', field: 'progress.overviewOf', expected: ['found the gap {wat}', 'Did you mean "what"'] },
  { fixture: 'missing-required-page', file: 'pages/malstyrningsprocess.md', field: 'file', expected: ['the file is missing', 'process page'] },
  { fixture: 'page-takes-reserved-address', file: 'pages/mal.md', field: 'file name', expected: ['address of another part of the site'] },
  // The rules for the text (src/lib/markdown-lint.ts), one fixture each.
  { fixture: 'script-in-text', file: 'goals/goal-one.md', field: 'text, line 10', expected: ['found a script, <script>', 'scripts are not allowed'] },
  { fixture: 'event-handler-in-html', file: 'initiatives/the-initiative.md', field: 'text, line 7', expected: ['found the event handler onclick= on <a>', 'Expected the element without onclick='] },
  { fixture: 'javascript-link', file: 'goals/goal-two.md', field: 'text, line 10', expected: ["[Read more](javascript:alert('hello'))", 'would run a script', 'expected a web address'] },
  { fixture: 'iframe-in-text', file: 'pages/index.md', field: 'text, line 7', expected: ['found an embedded page or object, <iframe', 'Expected a link to it instead'] },
  { fixture: 'picture-in-text', file: 'indicators/the-indicator.md', field: 'text, line 18', expected: ['found the picture ![](https://example.org/diagram.png)', 'the site does not show pictures in its texts'] },
  { fixture: 'heading-skips-level', file: 'development-areas/the-development-area.md', field: 'text, line 13', expected: ['found the level-4 heading "#### Details" after a level-2 heading (line 9)', 'Expected a level-3 heading, "### Details"'] },
  { fixture: 'link-to-missing-page', file: 'translations/en/goals/goal-one.md', field: 'text, line 6', expected: ['there is no goal "goal-tow"', 'Did you mean "/en/mal/goal-two/"'] },
  // An .mdx text (src/lib/mdx.ts): no code, the site's components only, entries that exist.
  { fixture: 'mdx-import-export', file: 'pages/live-facts.mdx', field: 'text, line 7', expected: ['found "import fs from \'node:fs\'"', 'import and export run code', 'pages/live-facts.mdx — text, line 9: found "export const secret'] },
  { fixture: 'mdx-expression', file: 'pages/live-facts.mdx', field: 'text, line 7', expected: ['found {process.exit(1)}', 'runs code', 'such as {antal mål}'] },
  { fixture: 'mdx-expression-in-prop', file: 'pages/live-facts.mdx', field: 'text, line 7', expected: ['found indicator={globalThis.indicator} on <Chart>', 'written in quotes'] },
  { fixture: 'mdx-html-element', file: 'pages/live-facts.mdx', field: 'text, line 7', expected: ['found the HTML element <div>', 'Chart, GoalList, StatusSummary, Note'] },
  { fixture: 'mdx-unknown-component', file: 'pages/live-facts.mdx', field: 'text, line 7', expected: ['found the component <Chrat>', 'Did you mean "Chart"'] },
  { fixture: 'mdx-unknown-prop', file: 'pages/live-facts.mdx', field: 'text, line 7', expected: ['found the prop areas on <GoalList>', 'Did you mean "area"'] },
  { fixture: 'mdx-unknown-entry', file: 'pages/live-facts.mdx', field: 'text, line 7', expected: ['found indicator="the-indicatr" on <Chart>', 'Did you mean "the-indicator"'] },
];

describe('content validation in the build', () => {
  it('builds the minimal fixture content, so that each bad fixture fails for its own reason', async () => {
    const result = await buildWith(undefined);
    expect(result.output).not.toMatch(/error/i);
    expect(result.code).toBe(0);
    expect(htmlFiles(result.outDir)).toContain('index.html');
  });

  it('has a test for every bad-content fixture', () => {
    expect(readdirSync(join(fixtures, 'invalid')).sort()).toEqual(cases.map((c) => c.fixture).sort());
  });

  it.each(cases)('stops the build on $fixture, naming $file and $field, and ends with the problems', async ({ fixture, file, field, expected }) => {
    const result = await buildWith(fixture);
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toContain(`${file} — ${field}:`);
    for (const text of expected) expect(result.output).toContain(text);
    expect(htmlFiles(result.outDir), 'nothing may be published from bad content').toEqual([]);
    // The last thing a communicator reads in a CI log is the list of problems, not a stack trace.
    expect(result.output.trimEnd().split('\n').at(-1)).toMatch(/^The content has \d+ problems?; nothing was (built|published)\.$/);
    expect(result.output).not.toMatch(/Stack trace|^\s+at /m);
  });
});
