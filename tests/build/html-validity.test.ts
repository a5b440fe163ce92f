import { describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { builtPages, fileOf } from '../support/dist.ts';
import { projectRoot } from '../support/astro-build.ts';

/* Every built page is valid HTML by html-validate's recommended rules (.htmlvalidate.mjs says which are off, and why). */

describe('HTML validity', () => {
  it('finds no error on any page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(400);
    const problems: string[] = [];
    for (const path of pages) {
      const report = await validator.validateFile(fileOf(path));
      for (const result of report.results) {
        for (const message of result.messages) problems.push(`${path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(problems).toEqual([]);
  }, 300_000);

  it('would catch a broken page (the validator is really running)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const report = await validator.validateString('<!doctype html><html lang="sv"><head><title>x</title></head><body><img src="a.png"><p><div></div></p></body></html>', `${projectRoot}/probe.html`);
    expect(report.valid).toBe(false);
  });
});
