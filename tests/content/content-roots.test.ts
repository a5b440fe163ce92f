import { cpSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild, buildWorkspace, projectRoot } from '../support/astro-build.ts';

/*
 * Two content folders with identical files, built one after the other with the cache folder a
 * build picks for itself: the second site must show its own files, never entries Astro cached
 * from the first (once, every edit link of the second led into the first's folder).
 */
const work = buildWorkspace('content-roots');
afterAll(() => rmSync(work, { recursive: true, force: true }));
const repository = 'https://github.com/fixturby/malbild';

describe('content folders built in turn', () => {
  it('never share cached entries: every edit link and date of the second build is its own', async () => {
    const roots = ['first', 'second'].map((name) => join(work, name, 'content'));
    for (const root of roots) cpSync(join(projectRoot, 'tests/fixtures/content/minimal'), root, { recursive: true });
    for (const root of roots) {
      const result = await astroBuild({ content: relative(projectRoot, root), outDir: join(root, '..', 'dist'), env: { MALBILD_REPOSITORY_URL: repository } });
      expect(result.code, result.output).toBe(0);
    }
    const second = relative(projectRoot, roots[1]!);
    const dist = join(roots[1]!, '..', 'dist');
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    const links = pages.flatMap((file) => [...parseHTML(readFileSync(join(dist, file), 'utf8')).document.querySelectorAll('.edit-link a')].map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(10);
    expect(links.filter((href) => !href.startsWith(`${repository}/edit/main/${second}/`))).toEqual([]);
    // The one dated entry is dated from its own file (this content is not in git).
    const dated = parseHTML(readFileSync(join(dist, 'mal/goal-two/index.html'), 'utf8')).document.querySelector('.page-info time');
    expect(dated?.getAttribute('datetime')).toBe('2025-03-01');
  });
});
