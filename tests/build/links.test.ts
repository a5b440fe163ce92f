import { existsSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir, fileOf, page } from '../support/dist.ts';

/* Every address the site points at on itself exists, and so does every fragment. */

const origin = 'http://site.invalid';

function targetFile(pathname: string): string | undefined {
  const file = fileOf(decodeURI(pathname));
  if (existsSync(file) && statSync(file).isFile()) return file;
  return undefined;
}

describe('internal links', () => {
  const problems: string[] = [];
  let checked = 0;
  for (const path of builtPages()) {
    const document = page(path);
    const base = new URL(path, origin);
    const references = [
      ...[...document.querySelectorAll('a[href], link[href]')].map((el) => el.getAttribute('href')!),
      ...[...document.querySelectorAll('img[src], script[src]')].map((el) => el.getAttribute('src')!),
    ];
    for (const reference of references) {
      const url = new URL(reference, base);
      if (url.origin !== origin) continue;
      checked++;
      const file = url.pathname.startsWith('/') ? targetFile(url.pathname) : undefined;
      if (!file) {
        problems.push(`${path} → ${reference}: no such file in dist/`);
        continue;
      }
      if (url.hash && file.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        const target = page('/' + file.slice(distDir.length + 1).replace(/index\.html$/, ''));
        if (!target.getElementById(id)) problems.push(`${path} → ${reference}: no element with id "${id}"`);
      }
    }
  }

  it('checked a real number of links', () => {
    expect(checked).toBeGreaterThan(500);
  });

  it('all resolve', () => {
    expect(problems).toEqual([]);
  });
});
