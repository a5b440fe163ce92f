import { describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { projectRoot } from '../support/astro-build.ts';
import { nonEmpty, site } from '../support/site.ts';
import { siteNames } from '../support/sites.ts';

/* Every built page is valid HTML by html-validate's recommended rules (.htmlvalidate.mjs says which are off, and why). */

describe.each(siteNames)('HTML validity of the %s site', (name) => {
  it('finds no error on any page', async () => {
    const built = site(name);
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const path of nonEmpty(built.pages(), 'page')) {
      const report = await validator.validateFile(built.fileOf(path));
      for (const result of report.results) {
        for (const message of result.messages) problems.push(`${path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(problems).toEqual([]);
  }, 300_000);
});

describe('the validator', () => {
  it('would catch a broken page (it is really running)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const report = await validator.validateString('<!doctype html><html lang="sv"><head><title>x</title></head><body><img src="a.png"><p><div></div></p></body></html>', `${projectRoot}/probe.html`);
    expect(report.valid).toBe(false);
  });
});
