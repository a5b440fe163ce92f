import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, projectRoot } from './astro-build.ts';

/**
 * Global setup of the site tests: one real build of the real content into dist/, which the
 * build-output and browser tests then read.
 */
export default async function buildSite() {
  const outDir = join(projectRoot, 'dist');
  rmSync(outDir, { recursive: true, force: true });
  const result = await astroBuild({ outDir, cacheDir: join(projectRoot, 'node_modules/.astro') });
  if (result.code !== 0) throw new Error(`The site did not build:\n${result.output}`);
}
