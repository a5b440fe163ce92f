import { existsSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nonEmpty, site } from '../support/site.ts';
import { siteNames } from '../support/sites.ts';

/* Every address a site points at on itself exists, and so does every fragment. */

const origin = 'http://site.invalid';

describe.each(siteNames)('internal links of the %s site', (name) => {
  const built = site(name);
  const problems: string[] = [];
  let checked = 0;
  for (const path of nonEmpty(built.pages(), 'page')) {
    const document = built.page(path);
    const base = new URL(path, origin);
    const references = [
      ...[...document.querySelectorAll('a[href], link[href]')].map((el) => el.getAttribute('href')!),
      ...[...document.querySelectorAll('img[src], script[src]')].map((el) => el.getAttribute('src')!),
    ];
    for (const reference of references) {
      const url = new URL(reference, base);
      if (url.origin !== origin) continue;
      checked++;
      const file = built.fileOf(decodeURI(url.pathname));
      if (!existsSync(file) || !statSync(file).isFile()) {
        problems.push(`${path} → ${reference}: no such file in the built site`);
        continue;
      }
      if (url.hash && file.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        const target = built.page(decodeURI(url.pathname));
        if (!target.getElementById(id)) problems.push(`${path} → ${reference}: no element with id "${id}"`);
      }
    }
  }

  it('checked a real number of links: at least ten a page', () => {
    expect(checked).toBeGreaterThan(10 * built.pages().length);
  });

  it('all resolve', () => {
    expect(problems).toEqual([]);
  });
});
