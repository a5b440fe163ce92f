import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild, buildWorkspace } from '../support/astro-build.ts';

/*
 * Two clean builds of the same commit give byte-identical sites: dates come from content and git,
 * never from the clock, and nothing depends on the order things happen to finish in. (The one
 * date that is the clock's, "printed on", is written by the reader's browser at print time.)
 */
const work = buildWorkspace('determinism');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function fingerprints(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => statSync(join(dir, file)).isFile());
  return new Map(files.sort().map((file) => [file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')]));
}

describe('the build', () => {
  it('is deterministic: two clean builds are byte-identical', async () => {
    const [first, second] = ['one', 'two'].map((name) => ({ outDir: join(work, name, 'dist'), cacheDir: join(work, name, 'cache') }));
    for (const build of [first!, second!]) {
      const result = await astroBuild(build);
      expect(result.code, result.output).toBe(0);
    }
    const a = fingerprints(first!.outDir);
    const b = fingerprints(second!.outDir);
    expect(a.size).toBeGreaterThan(400);
    expect([...b.keys()]).toEqual([...a.keys()]);
    expect([...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file)).toEqual([]);
  });
});
