import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lastCommitDates } from '../../src/lib/git-dates.ts';

/*
 * Each test has a folder of its own: a repository made here with commits at known dates, so the
 * test holds in a source tree without git (a downloaded archive) as in a checkout.
 */
const work = mkdtempSync(join(tmpdir(), 'malbild-git-dates-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function repository(commits: { date: string; files: Record<string, string> }[]): string {
  const dir = mkdtempSync(join(work, 'repo-'));
  // No user configuration is read: the commits are the same on every machine.
  const git = (args: string[], env: Record<string, string> = {}) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args], {
      cwd: dir,
      stdio: 'ignore',
      env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', ...env },
    });
  git(['init', '-q']);
  for (const { date, files } of commits) {
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
    git(['add', '-A']);
    git(['commit', '-q', '-m', date], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  }
  return dir;
}

describe('lastCommitDates', () => {
  it('gives no dates, and does not fail, outside a git checkout', () => {
    const outside = mkdtempSync(join(work, 'nogit-'));
    expect(lastCommitDates('content', outside).size).toBe(0);
  });

  it('dates each file of the folder by its last commit, and nothing outside the folder', () => {
    const dir = repository([
      { date: '2024-03-01T10:00:00+01:00', files: { 'content/goals/a.md': 'a', 'content/goals/b.md': 'b', 'README.md': 'r' } },
      { date: '2025-06-15T12:00:00+02:00', files: { 'content/goals/b.md': 'b, changed', 'README.md': 'r, changed' } },
    ]);
    const dates = lastCommitDates('content', dir);
    expect(Object.fromEntries([...dates].map(([file, date]) => [file, date.toISOString()]))).toEqual({
      'content/goals/a.md': '2024-03-01T09:00:00.000Z',
      'content/goals/b.md': '2025-06-15T10:00:00.000Z',
    });
  });
});
