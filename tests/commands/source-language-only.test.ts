/**
 * The floor comparison's settings (scripts/bench/source-language-only.ts): narrowed to the source
 * language, they are still settings the build accepts, and no other language is left in them.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceLanguageOnly } from '../../scripts/bench/source-language-only.ts';
import { loadSettings, settingsFileName } from '../../src/lib/settings.ts';
import { siteBuilds, siteNames } from '../support/sites.ts';

const work = mkdtempSync(join(tmpdir(), 'malbild-source-language-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('are tried on a site with more than one language', () => {
  expect(loadSettings(siteBuilds.full.contentDir, {}).languages.length).toBeGreaterThan(1);
});

describe.each(siteNames)('the settings of the %s site, narrowed to the source language', (name) => {
  const contentDir = siteBuilds[name].contentDir;
  const before = loadSettings(contentDir, {});
  const dir = join(work, name);
  cpSync(join(contentDir, settingsFileName), join(dir, settingsFileName), { recursive: true });
  writeFileSync(join(dir, settingsFileName), sourceLanguageOnly(readFileSync(join(dir, settingsFileName), 'utf8')));
  const after = loadSettings(dir, {});

  it('publish the first language alone, and the build accepts them', () => {
    expect(after.languages.map((language) => language.code)).toEqual([before.languages[0]!.code]);
  });

  it('keep the source language’s words and name no other language', () => {
    const text = readFileSync(join(dir, settingsFileName), 'utf8');
    for (const language of before.languages.slice(1)) expect(text).not.toMatch(new RegExp(`^\\s*-?\\s*(code: )?${language.code}:?\\s`, 'm'));
    expect(after.municipality.name[before.languages[0]!.code]).toBe(before.municipality.name[before.languages[0]!.code]);
  });
});
