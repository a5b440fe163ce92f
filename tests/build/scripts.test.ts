import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { nonEmpty, site } from '../support/site.ts';
import { siteNames } from '../support/sites.ts';

/* Scripts: files of our own only (no inline code for the CSP to allow), the consent one small and only where asked for. */

describe.each(siteNames)('scripts on the %s site', (name) => {
  const built = site(name);

  it('are never inline, nor inline event handlers or styles', () => {
    const problems = nonEmpty(built.pages(), 'page').flatMap((path) => {
      const document = built.page(path);
      const handlers = [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`));
      return [
        ...(document.querySelectorAll('script:not([src])').length > 0 ? [`${path}: inline script`] : []),
        ...(document.querySelectorAll('style, [style]').length > 0 ? [`${path}: inline style`] : []),
        ...handlers.map((handler) => `${path}: ${handler}`),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('load nothing from another host by themselves', () => {
    const foreign = built.pages().flatMap((path) => [...built.page(path).querySelectorAll('script[src]')].map((s) => s.getAttribute('src')!).filter((src) => /^https?:/.test(src)));
    expect(foreign).toEqual([]);
  });

  const consent = [...built.page('/').querySelectorAll('script[src]')].map((script) => readFileSync(built.fileOf(script.getAttribute('src')!), 'utf8')).find((source) => source.includes('data-consent'));

  if (built.settings.statistics) {
    it('ask for consent, with a script of at most 1.5 KB gzip', () => {
      expect(built.page('/').querySelector('[data-consent-notice]')).not.toBeNull();
      const size = gzipSync(consent!, { level: 9 }).length;
      console.log(`consent script: ${size} B gzip (budget 1536 B)`);
      expect(size).toBeLessThanOrEqual(1536);
    });
  } else {
    it('ask nothing where no statistics are collected: no notice, no consent script, and the cookies page says the site stores nothing', () => {
      expect(consent).toBeUndefined();
      expect(built.pages().filter((path) => built.page(path).querySelector('[data-consent-notice], [data-consent-choice]'))).toEqual([]);
      for (const lang of built.languages) {
        const main = built.page(`${built.prefix(lang)}om-kakor/`).querySelector('main')!.textContent!;
        expect(main, lang).toContain(built.ui(lang).cookies.noStatistics);
      }
    });
  }
});
