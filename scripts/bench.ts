/*
 * `npm run bench`: how the build copes with more content. For each scale it generates synthetic
 * content (scale 1 = as many entries and translations as content/ has), builds it with search in
 * a real `astro build` (in a temporary folder, never dist/), and reports build time, pages per
 * second, peak memory, the size of dist/ and of the search index, and the weight of the start
 * page, an area page and a goal page in each language.
 *
 *   npm run bench                         scales 1 and 10
 *   npm run bench -- --scale 1,10,25      any scales (or --scale 1 --scale 25)
 *   npm run bench -- --keep               keep the generated content and the built sites
 *   npm run bench -- --json out.json      where to write the results as JSON
 *   npm run bench -- --seed 7             another (reproducible) set of synthetic content
 *   npm run bench -- --max-old-space-size 8192   a larger heap for the build (MiB)
 *   npm run bench -- --cpu-prof           profile each build (node --cpu-prof) and list the top costs
 *
 * Runs on Node's type stripping (node --experimental-strip-types): erasable TypeScript only.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { getHeapStatistics } from 'node:v8';
import { contentRoot } from '../src/config/content.ts';
import { languages } from '../src/config/languages.ts';
import { settings } from '../src/lib/settings.ts';
import { localizedPath, type Route } from '../src/lib/routes.ts';
import { generateContent, profileOf } from './bench/generator.ts';
import { dirStats, pageWeight, procAvailable, projectRoot, runBuild } from './bench/measure.ts';
import { profilesIn, summarizeProfile } from './bench/profile.ts';
import {
  contentTable,
  growth,
  growthText,
  machine,
  machineText,
  mib,
  phasesTable,
  profileText,
  resultsTable,
  weightTable,
  type ScaleResult,
  type WeighedPage,
} from './bench/report.ts';

const USAGE = `Usage: npm run bench -- [--scale <n>[,<n>…]] [--keep] [--json <path>] [--seed <n>]
                        [--max-old-space-size <MiB>] [--cpu-prof]

  --scale               content size, as a multiple of content/ (default 1,10)
  --keep                keep the temporary folder (generated content, built sites, build logs)
  --json                where to write the results (default bench-results.json in the temporary folder)
  --seed                seed of the synthetic content (default 1)
  --max-old-space-size  heap limit for the build, in MiB (default: Node's own)
  --cpu-prof            write a CPU profile of each build and list where its time goes`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    options: {
      scale: { type: 'string', multiple: true },
      keep: { type: 'boolean', default: false },
      json: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'max-old-space-size': { type: 'string' },
      'cpu-prof': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
} catch (error) {
  fail((error as Error).message);
}
const options = parsed.values;
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}

const scales = (options.scale ?? ['1,10']).flatMap((value) => value.split(',')).map((value) => {
  const n = Number(value.trim());
  if (!Number.isFinite(n) || n <= 0) fail(`--scale: found "${value}", expected a positive number such as 10.`);
  return n;
});
const seed = Number(options.seed);
if (!Number.isInteger(seed)) fail(`--seed: found "${options.seed}", expected a whole number.`);
const heapMiB = options['max-old-space-size'];
if (heapMiB !== undefined && !/^\d+$/.test(heapMiB)) fail(`--max-old-space-size: found "${heapMiB}", expected MiB such as 8192.`);

const contentDir = isAbsolute(contentRoot) ? contentRoot : join(projectRoot, contentRoot);
const profile = profileOf(contentDir);
const temp = mkdtempSync(join(tmpdir(), 'malbild-bench-'));
const jsonPath = options.json ? resolve(options.json) : join(temp, 'bench-results.json');
const nodeOptions = [process.env.NODE_OPTIONS, heapMiB ? `--max-old-space-size=${heapMiB}` : undefined].filter(Boolean).join(' ');
const heapLimit = heapMiB ? Number(heapMiB) * 2 ** 20 : getHeapStatistics().heap_size_limit;
const heapSource = heapMiB ? `--max-old-space-size=${heapMiB}` : process.env.NODE_OPTIONS ? `NODE_OPTIONS=${process.env.NODE_OPTIONS}` : "Node's default";
const host = machine();

console.log(`Målbild build benchmark — ${machineText(host)}`);
console.log(`Scale 1 = the entries and translations of ${contentDir}; seed ${seed}; temporary folder ${temp}`);
console.log(`Build heap limit: ${mib(heapLimit)} (${heapSource}).`);
if (!procAvailable) console.log('No /proc here: peak memory is not measured.');
if (options['cpu-prof']) console.log('Profiling with --cpu-prof: times are slower than without.');

const samplePages = (area: string, goal: string): { page: WeighedPage['page']; route: Route }[] => [
  { page: 'start', route: { kind: 'home' } },
  { page: 'area', route: { kind: 'goalArea', id: area } },
  { page: 'goal', route: { kind: 'goal', id: goal } },
];

const results: ScaleResult[] = [];
let failed = false;
for (const scale of scales) {
  const dir = join(temp, `scale-${scale}`);
  const paths = { content: join(dir, 'content'), dist: join(dir, 'dist'), cache: join(dir, 'cache'), profiles: join(temp, 'profiles', `scale-${scale}`) };
  mkdirSync(dir, { recursive: true });

  const content = generateContent({ dir: paths.content, scale, seed, profile });
  const entryCount = Object.values(content.entries).reduce((a, b) => a + b, 0);
  console.log(
    `\n${scale}×: generated ${entryCount.toLocaleString('en-US')} entries and ` +
      `${Object.values(content.translations).reduce((a, b) => a + b, 0).toLocaleString('en-US')} translations ` +
      `(${content.files.toLocaleString('en-US')} files, ${mib(content.bytes)}); building…`,
  );

  const build = await runBuild({
    contentDir: paths.content,
    outDir: paths.dist,
    cacheDir: paths.cache,
    env: nodeOptions ? { NODE_OPTIONS: nodeOptions } : {},
    nodeArgs: options['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${paths.profiles}`] : [],
    logFile: join(dir, 'build.log'),
  });
  if (build.code !== 0) {
    console.error(`\n${scale}×: the build failed (exit ${build.code ?? build.signal}). Its last lines:\n${build.tail.join('\n')}`);
    if (build.outOfMemory) console.error(`\nThe build ran out of heap (limit ${mib(heapLimit)}): try --max-old-space-size 8192.`);
    console.error(`\nThe content and the whole log are kept in ${dir}.`);
    failed = true;
    break;
  }

  const dist = dirStats(paths.dist);
  const searchIndex = dirStats(join(paths.dist, 'pagefind'));
  if (dist.htmlPages < content.entryPages) {
    console.log(`  note: only ${dist.htmlPages} HTML pages written for ${content.entryPages} pages of content entries.`);
  }
  const pageWeights: WeighedPage[] = languages.flatMap((lang) =>
    samplePages(content.sample.area, content.sample.goal).map(({ page, route }) => ({
      lang,
      page,
      ...pageWeight(paths.dist, localizedPath(lang, route, settings().basePath), settings().basePath),
    })),
  );
  const profiles = options['cpu-prof'] ? profilesIn(paths.profiles).map((file) => summarizeProfile(file, projectRoot)) : undefined;
  const { tail: _tail, ...buildFigures } = build;
  const result: ScaleResult = {
    scale,
    content,
    build: buildFigures,
    pages: dist.htmlPages,
    pagesPerSecond: dist.htmlPages / (build.wallMs / 1000),
    dist,
    searchIndex,
    pageWeights,
    profiles,
  };
  results.push(result);
  console.log(
    `${scale}×: ${dist.htmlPages.toLocaleString('en-US')} pages in ${(build.wallMs / 1000).toFixed(1)} s, ` +
      `peak memory ${mib(build.peakTreeRss)}, dist/ ${mib(dist.bytes)}, search index ${mib(searchIndex.bytes)}.`,
  );
  if (!options.keep) rmSync(dir, { recursive: true, force: true });
}

const scaleGrowth = growth(results);
console.log('\n## Build\n');
console.log(resultsTable(results));
console.log(
  '\nPeak memory: the highest sum of resident memory (VmRSS) of the build and every process it started ' +
    '(Pagefind), sampled every 100 ms from /proc. CPU time: user and system time of the same processes. ' +
    'The search index is dist/pagefind/. Load before: the 1-minute load average as the build started ' +
    `(other work on this ${host.cpus}-CPU machine makes build times longer).`,
);
console.log('\n## Where the time goes\n');
console.log(phasesTable(results));
for (const step of scaleGrowth) console.log(`\n${growthText(step)}`);
console.log('\n## Content generated\n');
console.log(contentTable(results));
console.log('\n## Page weight\n');
console.log(weightTable(results));
console.log(
  '\nA first visit: the HTML and every stylesheet and script it loads before interaction (link rel=stylesheet, ' +
    'script src and what it imports; inline scripts are part of the HTML), each compressed with gzip -9.',
);
for (const result of results) {
  for (const summary of result.profiles ?? []) console.log(`\n## CPU profile, ${result.scale}×\n\n${profileText(summary)}`);
}

mkdirSync(dirname(jsonPath), { recursive: true });
writeFileSync(
  jsonPath,
  `${JSON.stringify(
    {
      machine: host,
      options: { scales, seed, heapLimitBytes: heapLimit, heapSource, profile },
      results,
      growth: scaleGrowth,
      complete: !failed,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nResults as JSON: ${jsonPath}`);

if (!options.keep && !failed) {
  // Keep the temporary folder only for what is worth keeping: the JSON, and CPU profiles.
  const left = readdirSync(temp).filter((name) => join(temp, name) !== jsonPath && name !== 'profiles');
  for (const name of left) rmSync(join(temp, name), { recursive: true, force: true });
  if (readdirSync(temp).length === 0) rmSync(temp, { recursive: true, force: true });
  else if (options['cpu-prof']) console.log(`CPU profiles: ${join(temp, 'profiles')}`);
} else if (options.keep) {
  console.log(`Kept: ${temp}`);
}
process.exit(failed ? 1 : 0);
