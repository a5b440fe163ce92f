import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/astro-build.ts';
import { nonEmpty, site, text, type Site } from '../support/site.ts';
import { siteNames } from '../support/sites.ts';

/*
 * Every page made from a content file says when its text last changed and, where the site's
 * repository is known, links to exactly that file: the translation on a translated page, the
 * Swedish source otherwise. The date is git's (the build of the small site has no git, as a
 * downloaded archive has none), else the file's `updated`, else there is none.
 */

/** A source tree without git (a downloaded archive) builds too; its pages are dated by `updated` only. */
const inGitCheckout = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: projectRoot }).status === 0;

function gitDate(built: Site, file: string): string | undefined {
  if (built.env.GIT_DIR || !inGitCheckout) return undefined;
  const date = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], { cwd: projectRoot, encoding: 'utf8' }).trim();
  return date ? new Date(date).toISOString().slice(0, 10) : undefined;
}

const isoDate = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value.slice(0, 10) : undefined);

describe.each(siteNames)('page information on the %s site', (name) => {
  const built = site(name);
  const shown = nonEmpty(
    built.pages().flatMap((path) => {
      const entry = built.entryAt(path);
      return entry ? [{ path, ...entry }] : [];
    }),
    'page made from a content file',
  );
  const repository = built.settings.repository;

  it('links to the exact file a communicator edits, where the repository is known', () => {
    const problems: string[] = [];
    for (const { path, folder, entry, lang } of shown) {
      const translation = lang === built.sourceLang ? undefined : built.translation(lang, folder, entry.id);
      const file = (translation ?? entry).file;
      const href = built.page(path).querySelector('main .edit-link a')?.getAttribute('href');
      const expected = repository ? `${repository.url}/edit/${repository.branch}/${file}` : undefined;
      if (href !== expected) problems.push(`${path}: edit link ${href}, expected ${expected}`);
    }
    expect(problems).toEqual([]);
  });

  it('dates the text by git, else by its file’s `updated`, in the page’s language', () => {
    const problems: string[] = [];
    let dated = 0;
    for (const { path, folder, entry, lang } of shown) {
      const translation = lang === built.sourceLang ? undefined : built.translation(lang, folder, entry.id);
      const source = translation ?? entry;
      const expected = gitDate(built, source.file) ?? isoDate(source.data.updated);
      const time = built.page(path).querySelector('main .page-info time');
      const datetime = time?.getAttribute('datetime') ?? undefined;
      if (datetime !== expected) problems.push(`${path}: dated ${datetime}, expected ${expected} (${source.file})`);
      if (time) {
        dated++;
        const locales = built.settings.languages.find((l) => l.code === built.htmlLang(lang))!.locales;
        const words = new Intl.DateTimeFormat(locales, { dateStyle: 'long', timeZone: 'Europe/Stockholm' }).format(new Date(`${datetime}T12:00:00Z`));
        if (text(time) !== words) problems.push(`${path}: date written "${text(time)}", expected "${words}"`);
      }
    }
    expect(problems).toEqual([]);
    if (name === 'small') expect(dated, 'no git and no `updated` in the small fixture: no dates').toBe(0);
    else if (inGitCheckout) expect(dated, 'in a git checkout, every content file has a date').toBe(shown.length);
  });
});

describe('the full fixture', () => {
  it('names its repository in its settings, so that every content page has an edit link', () => {
    expect(site('full').settings.repository?.from).toBe('the settings');
  });
});
