import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { astroBuild, buildWorkspace, projectRoot } from '../support/astro-build.ts';

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

const aDayLater = { NODE_OPTIONS: `--import ${pathToFileURL(join(projectRoot, 'tests/support/clock-a-day-later.mjs')).href}` };

describe('the build', () => {
  it('runs with its clock a day later when asked (the check below would prove nothing otherwise)', () => {
    const later = Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(Date.now()))'], { env: { ...process.env, ...aDayLater }, encoding: 'utf8' }));
    expect(later - Date.now()).toBeGreaterThan(86_000_000);
  });

  it('is deterministic: two clean builds, the second a day later by the clock, are byte-identical', async () => {
    const [first, second] = ['one', 'two'].map((name) => ({ outDir: join(work, name, 'dist'), cacheDir: join(work, name, 'cache') }));
    for (const [build, env] of [[first!, {}], [second!, aDayLater]] as const) {
      const result = await astroBuild({ ...build, env });
      expect(result.code, result.output).toBe(0);
    }
    const a = fingerprints(first!.outDir);
    const b = fingerprints(second!.outDir);
    // Every kind of file the build writes is compared: pages, stylesheet, scripts, search index.
    const files = [...a.keys()];
    for (const pattern of [/\.html$/, /\.css$/, /\.js$/, /^pagefind\//]) expect(files.some((file) => pattern.test(file)), String(pattern)).toBe(true);
    expect([...b.keys()]).toEqual([...a.keys()]);
    expect([...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file)).toEqual([]);
  });
});
