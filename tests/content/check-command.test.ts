import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/astro-build.ts';

/*
 * `npm run check` as a communicator runs it: `astro check` (types, and every file against its
 * schema), then scripts/check-content.ts (references, order, translations, placeholders and the
 * rules for the text), without building the site. Each run gets its own content and cache folder;
 * the runs go side by side to keep this quick.
 */
const fixtures = join(projectRoot, 'tests/fixtures/content');
const work = mkdtempSync(join(tmpdir(), 'malbild-check-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface CheckResult {
  code: number | null;
  output: string;
}

/** The minimal fixture content with a bad-content overlay, as content-errors.test.ts builds it. */
function contentWith(name: string, overlay?: string): string {
  const dir = join(work, name, 'content');
  cpSync(join(fixtures, 'minimal'), dir, { recursive: true });
  if (overlay) {
    const from = join(fixtures, 'invalid', overlay);
    cpSync(from, dir, { recursive: true, filter: (path) => !path.endsWith('/DELETE') });
    const deletions = join(from, 'DELETE');
    if (existsSync(deletions)) {
      for (const file of readFileSync(deletions, 'utf8').split('\n').filter(Boolean)) rmSync(join(dir, file));
    }
  }
  return dir;
}

/**
 * A checkout of the project's code for one run: `astro check` writes the types of the content it
 * checks into the project's .astro/ folder, so runs side by side (and the builds of other tests)
 * must not share one.
 */
function checkout(content: string): string {
  const dir = join(dirname(content), 'project');
  for (const file of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'scripts']) cpSync(join(projectRoot, file), join(dir, file), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

function npmRunCheck(content: string): Promise<CheckResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'check'], {
      cwd: checkout(content),
      env: {
        ...process.env,
        // npm runs the scripts with the Node that runs this test.
        PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`,
        MALBILD_CONTENT: content,
        MALBILD_CACHE_DIR: join(dirname(content), 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 170_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/*
 * The templates in content/_mallar, copied into their folders of the real content as a
 * communicator would, under new names. The folder itself is never loaded (the loaders read only
 * the collection folders), so the real content alone counts the same as without it. The templates
 * are content too: their examples name ids of the content they ship with, so a municipality that
 * replaces content/ keeps its own templates or none, and without the folder there is nothing here
 * to check.
 */
const templates: Record<string, string> = {
  'malomrade.md': 'goal-areas/mall-malomrade.md',
  'mal.md': 'goals/mall-mal.md',
  'organisation.md': 'organisations/mall-organisation.md',
  'utvecklingsomrade.md': 'development-areas/mall-utvecklingsomrade.md',
  'aktivitet.md': 'activities/mall-aktivitet.md',
  'indikator.md': 'indicators/mall-indikator.md',
  'initiativ.md': 'initiatives/mall-initiativ.md',
  'sida.md': 'pages/mall-sida.md',
  'oversattning.md': 'translations/en/goals/mall-mal.md',
  'tillganglighetsbrist.md': 'accessibility-problems/mall-tillganglighetsbrist.md',
};
const templatesDir = join(projectRoot, 'content/_mallar');
const hasTemplates = existsSync(templatesDir);
const realEntries = readdirSync(join(projectRoot, 'content'), { recursive: true, encoding: 'utf8' }).filter(
  (file) => /\.mdx?$/.test(file) && !file.startsWith('_mallar'),
).length;

it.runIf(hasTemplates)('covers every template', () => {
  expect(readdirSync(templatesDir).sort()).toEqual(Object.keys(templates).sort());
});

function realContentWithTemplates(): string {
  const dir = join(work, 'templates', 'content');
  cpSync(join(projectRoot, 'content'), dir, { recursive: true });
  for (const [template, target] of Object.entries(templates)) cpSync(join(templatesDir, template), join(dir, target));
  return dir;
}

const runs = {
  valid: () => npmRunCheck(contentWith('valid')),
  brokenReference: () => npmRunCheck(contentWith('broken-reference', 'broken-reference')),
  lint: () => npmRunCheck(contentWith('script-in-text', 'script-in-text')),
  schema: () => npmRunCheck(contentWith('mistyped-field', 'mistyped-field')),
  templates: () => (hasTemplates ? npmRunCheck(realContentWithTemplates()) : Promise.resolve({ code: null, output: 'no content/_mallar' })),
  easyToReadNotes: () => {
    const dir = contentWith('easy-to-read');
    mkdirSync(join(dir, 'translations/lattlast/pages'), { recursive: true });
    const long = 'Det här är en mening som har alldeles för många ord för en lättläst text om kommunens mål och hur de följs upp.';
    writeFileSync(join(dir, 'translations/lattlast/pages/index.md'), `---\ntitle: Lättläst start\n---\n\nKort mening.\n${long}\n`);
    // In an .mdx text, the text of a note is read like any other; the component's line is no sentence.
    writeFileSync(join(dir, 'pages/live-facts.mdx'), '---\ntitle: Live facts\n---\n\nSå går det.\n');
    writeFileSync(join(dir, 'translations/lattlast/pages/live-facts.mdx'), `---\ntitle: Live facts\n---\n\n<Chart indicator="the-indicator" />\n\n<Note>\n${long}\n</Note>\n`);
    return npmRunCheck(dir);
  },
};
let results: Record<keyof typeof runs, CheckResult>;

beforeAll(async () => {
  const names = Object.keys(runs) as (keyof typeof runs)[];
  const done = await Promise.all(names.map((name) => runs[name]()));
  results = Object.fromEntries(names.map((name, i) => [name, done[i]!])) as typeof results;
}, 180_000);

describe('npm run check', () => {
  it('passes valid content, saying how many entries it checked', () => {
    const { code, output } = results.valid;
    expect(code, output).toBe(0);
    const minimalEntries = readdirSync(join(fixtures, 'minimal'), { recursive: true, encoding: 'utf8' }).filter((file) => /\.mdx?$/.test(file)).length;
    expect(output).toContain(`content OK: ${minimalEntries} entries`);
  });

  it('stops on a broken reference, naming the file and the field', () => {
    const { code, output } = results.brokenReference;
    expect(code, output).not.toBe(0);
    expect(output).toContain('goals/goal-two.md — area: found "area-on", expected the id of a goal area');
    expect(output).toContain('Did you mean "area-one"');
    expect(output).toMatch(/The content has 1 problem/);
  });

  it('stops on a rule for the text, naming the file and the line', () => {
    const { code, output } = results.lint;
    expect(code, output).not.toBe(0);
    expect(output).toContain('goals/goal-one.md — text, line 10: found a script, <script>');
  });

  it('stops on a field that does not match its schema, before the content script runs', () => {
    const { code, output } = results.schema;
    expect(code, output).not.toBe(0);
    expect(output).toContain('activities/the-activity.md');
    expect(output).toContain('status: found "pågår", expected one of: planned, ongoing, done, postponed');
    expect(output).not.toContain('content OK');
  });

  it('points out long sentences in a Lättläst text, with the line, and still passes', () => {
    const { code, output } = results.easyToReadNotes;
    expect(code, output).toBe(0);
    expect(output).toMatch(/note: \S*translations\/lattlast\/pages\/index\.md — text, line 6: the sentence "Det här är en mening som …" has 23 words/);
    expect(output).toMatch(/note: \S*translations\/lattlast\/pages\/live-facts\.mdx — text, line 8: the sentence "Det här är en mening som …" has 23 words/);
    expect(output).toMatch(/content OK: \d+ entries \(2 notes above, for the writers\)/);
  });

  it.runIf(hasTemplates)('passes the real content with a copy of every template in content/_mallar added', () => {
    expect(readdirSync(templatesDir).sort()).toEqual(Object.keys(templates).sort());
    const { code, output } = results.templates;
    expect(code, output).toBe(0);
    expect(output).toContain(`content OK: ${realEntries + Object.keys(templates).length} entries`);
  });
});
