import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { page } from '../support/dist.ts';

/* The consent script is ours, small, and only where statistics are declared. */

function inlineScripts(path: string): string[] {
  return [...page(path).querySelectorAll('script:not([src])')].map((script) => script.textContent ?? '');
}

describe('the cookie notice script', () => {
  const consent = inlineScripts('/').find((script) => script.includes('data-consent'));

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
