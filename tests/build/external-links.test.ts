import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/astro-build.ts';
import { site } from '../support/site.ts';
import { siteNames } from '../support/sites.ts';

/*
 * Links to other sites are not fetched (tests make no request outside this machine); they are
 * listed in test-results/external-links.txt with the pages that have them (by site), for a person to check.
 */

describe('external links', () => {
  it('are listed in a report', () => {
    const links = new Map<string, Set<string>>();
    for (const name of siteNames) {
      const built = site(name);
      for (const path of built.pages()) {
        for (const a of built.page(path).querySelectorAll('a[href^="http:"], a[href^="https:"]')) {
          const href = a.getAttribute('href')!;
          if (!links.has(href)) links.set(href, new Set());
          links.get(href)!.add(`${name} ${path}`);
        }
      }
    }
    const report = [...links.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([href, pages]) => `${href}\n  ${[...pages].slice(0, 5).join('\n  ')}${pages.size > 5 ? `\n  … and ${pages.size - 5} more` : ''}`)
      .join('\n');
    mkdirSync(join(projectRoot, 'test-results'), { recursive: true });
    writeFileSync(join(projectRoot, 'test-results/external-links.txt'), `${report}\n`);
    console.log(`external links: ${links.size}, listed in test-results/external-links.txt`);
    expect(links.size).toBeGreaterThan(0);
    for (const href of links.keys()) expect(() => new URL(href), href).not.toThrow();
  });
});
