import { rmSync } from 'node:fs';
import { relative } from 'node:path';
import { astroBuild, projectRoot } from './astro-build.ts';
import { siteBuilds, siteNames } from './sites.ts';

/**
 * Global setup of the site tests: one real build of each site the tests read (sites.ts): the
 * content the build reads, into dist/, and the two fixture municipalities.
 */
export default async function buildSites() {
  for (const name of siteNames) {
    const build = siteBuilds[name];
    rmSync(build.outDir, { recursive: true, force: true });
    const result = await astroBuild({ content: relative(projectRoot, build.contentDir) || '.', outDir: build.outDir, cacheDir: build.cacheDir, env: build.env });
    if (result.code !== 0) throw new Error(`The ${name} site did not build:\n${result.output}`);
  }
}
