import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/astro-build.ts';

/*
 * A new municipality in one afternoon, as README.md's "Changing the municipality" says: the
 * commands of its first code block, run as written in a copy of the project (without git, as
 * a downloaded archive), give a site that builds and mentions the example municipality nowhere.
 */
// Outside node_modules: Node strips the types of the project's scripts only there.
const work = mkdtempSync(join(tmpdir(), 'malbild-new-site-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function readmeSteps(): string[] {
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Changing the municipality'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error('README.md has no command block under "Changing the municipality"');
  return block.split('\n').map((line) => line.trim()).filter(Boolean);
}

describe('a new site, as README.md says', () => {
  it('builds from the commands in README.md and names the example municipality nowhere', () => {
    const copy = join(work, 'project');
    mkdirSync(copy, { recursive: true });
    for (const entry of readdirSync(projectRoot)) {
      if (['node_modules', 'dist', '.git', '.astro', 'test-results'].includes(entry)) continue;
      cpSync(join(projectRoot, entry), join(copy, entry), { recursive: true });
    }
    symlinkSync(join(projectRoot, 'node_modules'), join(copy, 'node_modules'));
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', MALBILD_CACHE_DIR: join(work, 'cache') };
    for (const key of Object.keys(env)) if (key.startsWith('MALBILD_') && key !== 'MALBILD_CACHE_DIR') delete env[key];
    const steps = readmeSteps();
    expect(steps.some((step) => step.startsWith('npm run new-site'))).toBe(true);
    for (const step of steps) execFileSync('sh', ['-c', step], { cwd: copy, env, stdio: 'pipe', timeout: 170_000 });

    const dist = join(copy, 'dist');
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    const example = pages.filter((file) => /Övertorneå|Matarengin|overtornea/i.test(readFileSync(join(dist, file), 'utf8')));
    expect(example).toEqual([]);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain('Lillsjö kommun');
  }, 240_000);
});
