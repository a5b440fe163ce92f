import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPages, fileOf, page } from '../support/dist.ts';

/* Scripts: files of our own only (no inline code for the CSP to allow), the consent one small. */

function scripts(path: string): string[] {
  return [...page(path).querySelectorAll('script[src]')].map((script) => readFileSync(fileOf(script.getAttribute('src')!), 'utf8'));
}

describe('scripts', () => {
  it('are never inline, nor inline event handlers or styles', () => {
    for (const path of builtPages()) {
      const document = page(path);
      expect(document.querySelectorAll('script:not([src])').length, path).toBe(0);
      expect(document.querySelectorAll('style').length, path).toBe(0);
      const handlers = [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`));
      expect(handlers, path).toEqual([]);
      expect(document.querySelectorAll('[style]').length, path).toBe(0);
    }
  });
});

describe('the cookie notice script', () => {
  const consent = scripts('/').find((script) => script.includes('data-consent'));

  it('is on the page when statistics are declared', () => {
    expect(consent).toBeDefined();
  });

  it('weighs at most 1.5 KB gzip', () => {
    const size = gzipSync(consent!, { level: 9 }).length;
    console.log(`consent script: ${size} B gzip (budget 1536 B)`);
    expect(size).toBeLessThanOrEqual(1536);
  });

  it('loads nothing from another host by itself', () => {
    expect([...page('/').querySelectorAll('script[src]')].map((s) => s.getAttribute('src')).filter((src) => /^https?:/.test(src!))).toEqual([]);
  });
});
