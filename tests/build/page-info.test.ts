import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site.ts';
import { projectRoot } from '../support/astro-build.ts';
import { builtPages, languageOf, page } from '../support/dist.ts';

/* Every content page says when it last changed and links to the file a communicator edits. */

const editPrefix = `${site.repository.url}/edit/${site.repository.branch}/`;
const gitDate = (file: string) => {
  try {
    return execFileSync('git', ['log', '-1', '--format=%cI', '--', file], { cwd: projectRoot, encoding: 'utf8' }).trim().slice(0, 10) || undefined;
  } catch {
    return undefined;
  }
};

const contentPages = builtPages().filter((path) => page(path).querySelector('main .edit-link'));

describe('page information', () => {
  it('is on every page made from a content file', () => {
    for (const path of builtPages().filter((p) => /\/(mal|malomraden|aktiviteter|indikatorer|initiativ|utvecklingsomraden)\//.test(p))) {
      expect(page(path).querySelector('main .edit-link'), path).not.toBeNull();
    }
  });

  it.each(contentPages)('%s links to a file that exists, dated as git dates it', (path) => {
    const document = page(path);
    const href = document.querySelector('main .edit-link a')!.getAttribute('href')!;
    expect(href.startsWith(editPrefix)).toBe(true);
    const file = href.slice(editPrefix.length);
    expect(existsSync(join(projectRoot, file)), file).toBe(true);
    const lang = languageOf(path) === 'sv' ? undefined : languageOf(path);
    const translated = !document.querySelector('.notice--fallback') && lang;
    expect(file.startsWith(translated ? `content/translations/${lang}/` : 'content/') && (translated || !file.includes('/translations/'))).toBeTruthy();
    const committed = gitDate(file);
    const shown = document.querySelector('main .page-info time')?.getAttribute('datetime');
    if (committed) expect(shown).toBe(committed);
  });
});
