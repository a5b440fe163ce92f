import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusUnknown } from '../../src/integrations/editor-build.ts';
import { indicatorSchema, translationSchema } from '../../src/schemas/content.ts';
import { astroBuild, buildWorkspace, projectRoot } from '../support/astro-build.ts';
import { axeViolations, launchBrowser, visit } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { site as siteContent } from '../support/site.ts';
import { siteBuilds } from '../support/sites.ts';

/*
 * The editor (/admin/) in Chromium with its Content-Security-Policy in force, on a site served
 * under a base path (/malbild/) whose repository comes from the environment: the small fixture
 * municipality. Before anyone signs in it asks no host but the site's own (its check of GitHub's
 * status page is answered inside the bundle) and its policy refuses nothing. Signed
 * in to a "local repository" (the browser's own file system, standing in for a checkout, as
 * Sveltia offers on localhost) it saves files the build's schemas accept.
 */

const base = '/malbild/';
const repository = 'https://github.com/lillsjo/malbild';
const contentDir = relative(projectRoot, siteBuilds.small.contentDir);
/** The goals the tests pick, edit and translate, found in the small fixture's files. */
const small = siteContent('small');
const otherLang = small.languages.find((lang) => lang !== small.sourceLang)!;
const goals = small.entries('goals');
const translatedGoal = goals.find((goal) => small.translation(otherLang, 'goals', goal.id));
const untranslatedGoal = goals.find((goal) => !small.translation(otherLang, 'goals', goal.id));
/** The editor lists its collections under the municipality's words for the levels, in Swedish. */
const indicatorsLabel = small.ui(small.sourceLang).levels.indicator.plural;

let work: string;
let site: StaticServer;
let withoutRepository: StaticServer;
let browser: Browser;

beforeAll(async () => {
  work = buildWorkspace('editor');
  const outDir = join(work, 'root', base);
  mkdirSync(outDir, { recursive: true });
  const result = await astroBuild({
    content: contentDir,
    outDir,
    cacheDir: join(work, 'cache'),
    env: { ...siteBuilds.small.env, MALBILD_BASE_PATH: base, MALBILD_REPOSITORY_URL: repository },
  });
  expect(result.code, result.output).toBe(0);
  // The host answers an address outside the base path with the site's not-found page.
  copyFileSync(join(outDir, '404.html'), join(work, 'root', '404.html'));
  site = await serveStatic(join(work, 'root'));
  withoutRepository = await serveStatic(siteBuilds.small.outDir);
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await withoutRepository?.close();
  rmSync(work, { recursive: true, force: true });
});

interface Watched {
  context: BrowserContext;
  page: Page;
  /** Requests that would have left for another host (each is stopped here). */
  elsewhere: string[];
  /** Console errors and policy violations, as the page reported them. */
  errors: string[];
  violations: string[];
  /** Every address the page's scripts fetched, data: URLs included (which no route sees). */
  fetched: string[];
}

/** A page in Swedish that refuses and records every request to another host, and records errors and policy violations. */
async function watched(origin: string): Promise<Watched> {
  const context = await browser.newContext({ locale: 'sv-SE' });
  const page = await context.newPage();
  const elsewhere: string[] = [];
  const errors: string[] = [];
  const violations: string[] = [];
  await page.route('**/*', (route) => {
    if (new URL(route.request().url()).origin === origin) return route.continue();
    elsewhere.push(route.request().url());
    return route.abort();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const fetched: string[] = [];
  await page.exposeFunction('reportViolation', (violation: string) => violations.push(violation));
  await page.exposeFunction('reportFetch', (url: string) => fetched.push(url));
  await page.addInitScript(() => {
    const report = window as unknown as { reportViolation(v: string): void; reportFetch(url: string): void };
    document.addEventListener('securitypolicyviolation', (event) => report.reportViolation(`${event.violatedDirective} ${event.blockedURI}`));
    const fetch = window.fetch.bind(window);
    window.fetch = (input, init) => {
      report.reportFetch(input instanceof Request ? input.url : String(input));
      return fetch(input, init);
    };
  });
  return { context, page, elsewhere, errors, violations, fetched };
}

const problems = ({ errors, violations }: Watched) => ({ errors, violations });

/**
 * The content of the small site as a local repository: its files at the paths the editor's
 * configuration names, in the page's origin-private file system, handed to the editor when it
 * asks for a folder.
 */
async function offerContentAsRepository(page: Page) {
  const files: Record<string, string> = {};
  const read = (dir: string) => {
    for (const name of readdirSync(join(projectRoot, dir))) {
      const path = `${dir}/${name}`;
      if (statSync(join(projectRoot, path)).isDirectory()) read(path);
      else files[path] = readFileSync(join(projectRoot, path), 'utf8');
    }
  };
  read(contentDir);
  await page.addInitScript((files: Record<string, string>) => {
    (window as unknown as { showDirectoryPicker(): Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () => {
      const root = await navigator.storage.getDirectory();
      await root.getDirectoryHandle('.git', { create: true });
      for (const [path, text] of Object.entries(files)) {
        const parts = path.split('/');
        let dir = root;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
      return root;
    };
  }, files);
}

/** The editor signed in to the small site's content as a local repository, its collections shown. */
async function openWithContentAsRepository(page: Page) {
  await offerContentAsRepository(page);
  await visit(page, `${site.url}${base}admin/`);
  await page.getByRole('button', { name: /lokalt/i }).click();
  await page.getByText(indicatorsLabel, { exact: true }).first().waitFor();
}

/** A file of the local repository as the editor left it, once it has written it. */
async function repositoryFile(page: Page, path: string, written = (_text: string) => true): Promise<string> {
  const read = () =>
    page.evaluate(async (path) => {
      const parts = path.split('/');
      let dir = await navigator.storage.getDirectory();
      try {
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
        return await (await dir.getFileHandle(parts.at(-1)!)).getFile().then((file) => file.text());
      } catch {
        return undefined;
      }
    }, path);
  let text: string | undefined;
  await expect.poll(async () => (text = await read()) !== undefined && written(text), { message: `${path} written`, timeout: 10_000 }).toBe(true);
  return text!;
}

const field = (page: Page, path: string) => page.locator(`[data-key-path="${path}"]`);

async function fill(page: Page, path: string, value: string) {
  // The editor draws a group's fields when it comes into view.
  await field(page, path.split('.')[0]!).scrollIntoViewIfNeeded();
  await field(page, path).locator('input, textarea').first().fill(value);
}

async function save(page: Page) {
  await page.locator('button[data-label="Spara"]').click();
}

describe('the editor at a base path', () => {
  it('shows its sign-in, asks no host but the site’s own, and its policy refuses nothing', async () => {
    const watch = await watched(site.url);
    const { page } = watch;
    await visit(page, `${site.url}${base}admin/`);
    await page.getByRole('button', { name: /Access Token/ }).waitFor();
    await expect(page.getByRole('heading', { level: 1 }).first().textContent()).resolves.toContain('Målbild – Lillsjö kommun');
    // axe-core finds one problem, Sveltia's own: its app shell sets maximum-scale=1, which stops
    // pinch zoom on phones (docs/editor.md lists it). Anything more is ours to fix.
    expect((await axeViolations(page)).map((violation) => violation.id)).toEqual(['meta-viewport']);
    // Its check of GitHub's status runs as the sign-in is drawn, and gets the bundle's answer.
    await expect.poll(() => watch.fetched.includes(statusUnknown), { timeout: 5_000 }).toBe(true);
    expect(watch.fetched.filter((url) => !url.startsWith('data:') && new URL(url, site.url).origin !== site.url)).toEqual([]);
    expect(problems(watch)).toEqual({ errors: [], violations: [] });
    expect(watch.elsewhere).toEqual([]);
    expect(site.requests.some((path) => path.startsWith(`${base}admin/config.json`))).toBe(true);
    await watch.context.close();
  });

  it('saves a new indicator, named from its title, as the build reads it', async () => {
    const watch = await watched(site.url);
    const { page } = watch;
    await openWithContentAsRepository(page);
    await page.goto(`${site.url}${base}admin/#/collections/indicators/new`);
    await page.getByRole('textbox', { name: 'Rubrik' }).fill('Andel återvunnet avfall');
    await field(page, 'unit').getByRole('combobox').click();
    await page.getByRole('option', { name: 'Procent' }).click();
    await page.getByRole('radio', { name: 'Högre värde är bättre' }).click();
    for (const [path, value] of [['baseline.year', '2020'], ['baseline.value', '34'], ['target.year', '2028'], ['target.value', '50'], ['source', 'Kommunens enkät']] as const) {
      await fill(page, path, value);
    }
    await field(page, 'values').scrollIntoViewIfNeeded();
    await field(page, 'values').getByRole('button', { name: 'Lägg till' }).click();
    await field(page, 'values').locator('input').nth(0).fill('2023');
    await field(page, 'values').locator('input').nth(1).fill('41.5');
    await field(page, 'goals').scrollIntoViewIfNeeded();
    await field(page, 'goals').getByRole('combobox').click();
    await page.getByRole('option', { name: String(goals[0]!.data.title) }).click();
    await save(page);

    const file = await repositoryFile(page, `${contentDir}/indicators/andel-atervunnet-avfall.md`);
    const read = indicatorSchema.safeParse(parseFrontmatter(file).frontmatter);
    expect(read.success, `${file}\n${JSON.stringify(read.error?.issues)}`).toBe(true);
    expect(read.data).toMatchObject({ unit: 'percent', direction: 'higher', values: { 2023: 41.5 }, goals: [{ id: goals[0]!.id, collection: 'goals' }] });
    expect(problems(watch)).toEqual({ errors: [], violations: [] });
    expect(watch.elsewhere).toEqual([]);
    await watch.context.close();
  });

  it('saves a new translation under the Swedish file name, as a draft, and keeps a reviewed fingerprint it never writes', async () => {
    const watch = await watched(site.url);
    const { page } = watch;
    expect(translatedGoal, `a goal of the small fixture translated into ${otherLang}`).toBeDefined();
    expect(untranslatedGoal, `a goal of the small fixture not translated into ${otherLang}`).toBeDefined();
    await openWithContentAsRepository(page);

    await page.goto(`${site.url}${base}admin/#/collections/${otherLang}-goals/new`);
    await page.getByRole('textbox', { name: 'Rubrik' }).fill('More people have a job');
    await page.getByRole('textbox', { name: 'Slugg' }).fill(untranslatedGoal!.id);
    await save(page);
    const added = await repositoryFile(page, `${contentDir}/translations/${otherLang}/goals/${untranslatedGoal!.id}.md`);
    const read = translationSchema.safeParse(parseFrontmatter(added).frontmatter);
    expect(read.success, added).toBe(true);
    expect(read.data).toMatchObject({ title: 'More people have a job', status: 'draft' });
    expect(read.data?.sourceHash).toBeUndefined();

    const path = `${contentDir}/translations/${otherLang}/goals/${translatedGoal!.id}.md`;
    const before = parseFrontmatter(await repositoryFile(page, path)).frontmatter as { sourceHash: string };
    await page.goto(`${site.url}${base}admin/#/collections/${otherLang}-goals/entries/${translatedGoal!.id}`);
    await page.getByRole('textbox', { name: 'Rubrik' }).fill('Every child has a safe way to school, all year');
    await save(page);
    const edited = parseFrontmatter(await repositoryFile(page, path, (text) => text.includes('all year'))).frontmatter as { title: string; sourceHash: string };
    expect(edited).toMatchObject({ title: 'Every child has a safe way to school, all year', sourceHash: before.sourceHash });
    expect(problems(watch)).toEqual({ errors: [], violations: [] });
    expect(watch.elsewhere).toEqual([]);
    await watch.context.close();
  });

  it('is loaded by no page of the site', async () => {
    const watch = await watched(site.url);
    const requested: string[] = [];
    watch.page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await visit(watch.page, `${site.url}${base}`);
    await visit(watch.page, `${site.url}${base}${small.entryPath('goals', goals[0]!.id).slice(1)}`);
    const editor = readFileSync(join(work, 'root', base, 'admin/index.html'), 'utf8').match(/src="([^"]+\.js)"/)![1]!;
    expect(requested.filter((path) => path === editor || path.startsWith(`${base}admin/`))).toEqual([]);
    await watch.context.close();
  });
});

describe('the editor of a site without a known repository', () => {
  it('says why there is none, in Swedish, starts nothing, and passes axe', async () => {
    const watch = await watched(withoutRepository.url);
    await visit(watch.page, `${withoutRepository.url}/admin/`);
    await expect(watch.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Redigeraren är inte igång');
    await expect(watch.page.getByRole('main').textContent()).resolves.toContain('repository');
    expect(withoutRepository.requests.filter((path) => path !== '/admin/' && path !== '/favicon.svg')).toEqual([]);
    expect(await axeViolations(watch.page)).toEqual([]);
    expect(watch).toMatchObject({ errors: [], violations: [], elsewhere: [] });
    await watch.context.close();
  });
});
