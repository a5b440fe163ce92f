import { readFileSync } from 'node:fs';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir, fileOf, page } from '../support/dist.ts';

/* What search engines and hosts read: sitemap with language alternates, robots.txt, favicon, headers. */

describe('discovery', () => {
  const sitemap = new DOMParser().parseFromString(readFileSync(`${distDir}/sitemap.xml`, 'utf8'), 'text/xml');
  const urls = [...sitemap.getElementsByTagName('url')];
  const locs = urls.map((url) => new URL(url.getElementsByTagName('loc')[0]!.textContent!).pathname);

  it('lists every page with real text in its language in the sitemap, and no fallback page', () => {
    const pages = builtPages().filter((path) => path !== '/404.html' && !/\/sok\/$/.test(path));
    for (const path of pages) {
      const fallback = page(path).querySelector('.notice--fallback') !== null;
      expect(locs.includes(path), path).toBe(!fallback);
    }
  });

  it('gives each sitemap entry the same language versions as the page’s own hreflang links', () => {
    for (const url of urls.slice(0, 120)) {
      const path = new URL(url.getElementsByTagName('loc')[0]!.textContent!).pathname;
      const inSitemap = [...url.getElementsByTagName('xhtml:link')].map((link) => `${link.getAttribute('hreflang')} ${new URL(link.getAttribute('href')!).pathname}`).sort();
      const onPage = [...page(path).querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => `${link.getAttribute('hreflang')} ${new URL(link.getAttribute('href')!).pathname}`).sort();
      expect(inSitemap, path).toEqual(onPage);
    }
  });

  it('has a robots.txt that points at the sitemap', () => {
    expect(readFileSync(`${distDir}/robots.txt`, 'utf8')).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
  });

  it('gives every page a favicon and a description of its own', () => {
    const descriptions = new Map<string, string>();
    for (const path of builtPages()) {
      const document = page(path);
      const icon = document.querySelector('link[rel="icon"]')?.getAttribute('href');
      expect(icon && readFileSync(fileOf(icon)).length, path).toBeTruthy();
      descriptions.set(path, document.querySelector('meta[name="description"]')!.getAttribute('content')!);
    }
    expect(descriptions.get('/mal/fler-bostader/')).not.toBe(descriptions.get('/mal/trygga-aldre/'));
  });

  it('writes a _headers file with the same Content-Security-Policy as the pages, and more', () => {
    const headers = readFileSync(`${distDir}/_headers`, 'utf8');
    const meta = page('/').querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!;
    expect(meta).not.toMatch(/unsafe-inline/);
    expect(meta).toMatch(/script-src 'self'/);
    expect(headers).toContain(`Content-Security-Policy: ${meta}; frame-ancestors 'none'`);
    for (const name of ['X-Content-Type-Options: nosniff', 'Referrer-Policy:', 'Permissions-Policy:']) expect(headers).toContain(name);
    for (const path of builtPages()) expect(page(path).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content'), path).toBe(meta);
  });
});
