import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastCommitDates } from '../../src/lib/git-dates.ts';

describe('lastCommitDates', () => {
  it('gives no dates, and does not fail, outside a git checkout', () => {
    const outside = mkdtempSync(join(tmpdir(), 'malbild-nogit-'));
    try {
      expect(lastCommitDates('content', outside).size).toBe(0);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('dates committed content files in this checkout', () => {
    const dates = lastCommitDates('content');
    expect(dates.size).toBeGreaterThan(10);
    for (const [file, date] of dates) {
      expect(file.startsWith('content/')).toBe(true);
      expect(date.getTime()).toBeLessThanOrEqual(Date.now());
    }
  });
});
