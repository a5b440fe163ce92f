import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceHash } from '../../src/lib/translation-hash.ts';
import { runScript } from '../support/run-script.ts';

/*
 * `npm run translations` on files saved with a byte-order mark in front (as Notepad does), which
 * the build reads: the command must read them too, and keep the mark when it stamps one. Runs
 * the real command on a small content folder; no build is needed.
 */
const bom = '\uFEFF';
const content = mkdtempSync(join(tmpdir(), 'malbild-translations-bom-'));
afterAll(() => rmSync(content, { recursive: true, force: true }));

function write(file: string, text: string): string {
  const path = join(content, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

// The settings name the languages; those of the smallest fixture will do.
write('settings.yml', readFileSync(join(import.meta.dirname, '../fixtures/content/minimal/settings.yml'), 'utf8'));
write('goals/goal-one.md', `${bom}---\r\ntitle: Mål ett\r\n---\r\n\r\nText om målet.\r\n`);
const translation = write('translations/en/goals/goal-one.md', `${bom}---\r\ntitle: Goal one\r\nstatus: reviewed\r\n---\r\n\r\nText.\r\n`);

async function status(): Promise<string | undefined> {
  const result = await runScript('translations', ['--content', content, '--lang', 'en', '--json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const rows = JSON.parse(result.stdout) as { page: string; status: Record<string, string> }[];
  return rows.find((row) => row.page === 'goals/goal-one')?.status.en;
}

describe('npm run translations on files with a byte-order mark', () => {
  it('reads them, stamps the fingerprint of the text without the mark, and keeps every other byte', async () => {
    const before = readFileSync(translation, 'utf8');
    expect(await status()).toBe('outdated');

    const stamped = await runScript('translations', ['--content', content, '--stamp', 'en/goals/goal-one']);
    expect(stamped.stderr).toBe('');
    expect(stamped.code).toBe(0);

    const hash = sourceHash({ title: 'Mål ett', body: 'Text om målet.' });
    expect(readFileSync(translation, 'utf8')).toBe(before.replace('status: reviewed\r\n', `status: reviewed\r\nsourceHash: "${hash}"\r\n`));
    expect(await status()).toBe('translated');
  });
});
