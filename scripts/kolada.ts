/*
 * npm run kolada -- --municipality 2518 [--content content] [--api URL] [--dry-run]
 *
 * Fetches the values of the Kolada KPIs that indicators name (`kolada: N15419`) for one
 * municipality and writes them into each indicator's `values:`, with `source: Kolada`.
 * All or nothing: every answer is fetched and checked, and every new file text built and read
 * back, before the first file is written. Any problem stops the command with no file changed.
 *
 * Runs on Node's type stripping (node --experimental-strip-types): erasable TypeScript only.
 */
import { readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { KoladaError, MUNICIPALITY_ID, NetworkError, fetchKoladaTotals } from '../src/lib/kolada-api.ts';
import { describeUpdate, mergeValues, readIndicator, rewriteIndicator } from '../src/lib/kolada-indicator-file.ts';
import type { IndicatorFacts } from '../src/lib/kolada-indicator-file.ts';
import { DEFAULT_KOLADA_API } from '../src/lib/kolada-url.ts';

const USAGE = `Usage: npm run kolada -- --municipality <code> [--content <dir>] [--api <url>] [--dry-run]

  --municipality  Kolada's four-digit municipality id, e.g. 2518 (required)
  --content       the content folder (default: content)
  --api           Kolada API base address (default: $KOLADA_API_URL or ${DEFAULT_KOLADA_API})
  --dry-run       print what would change, write nothing`;

interface Options {
  municipality: string;
  content: string;
  api: string;
  dryRun: boolean;
}

interface Indicator {
  /** Path shown to people, relative to the content folder, e.g. indicators/x.md. */
  name: string;
  path: string;
  text: string;
  facts: IndicatorFacts;
}

class UsageError extends Error {}

function parseOptions(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      municipality: { type: 'string' },
      content: { type: 'string', default: 'content' },
      api: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
}

function readOptions(argv: string[]): Options {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values } = parsed;
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  // No default municipality on purpose: values from the wrong one would look perfectly plausible.
  if (values.municipality === undefined) throw new UsageError('--municipality is required, e.g. --municipality 2518');
  if (!MUNICIPALITY_ID.test(values.municipality)) {
    throw new UsageError(`--municipality: found "${values.municipality}", expected Kolada's four-digit id such as 2518`);
  }
  const api = values.api ?? process.env.KOLADA_API_URL ?? DEFAULT_KOLADA_API;
  if (!/^https?:\/\//.test(api)) throw new UsageError(`--api: found "${api}", expected an address starting with https:// or http://`);
  return { municipality: values.municipality, content: values.content, api, dryRun: values['dry-run'] };
}

/** Indicators that name a KPI; problems in any file are collected, not thrown one by one. */
async function readIndicators(content: string, problems: string[]): Promise<Indicator[]> {
  const folder = join(content, 'indicators');
  let files: string[];
  try {
    files = (await readdir(folder)).filter((file) => file.endsWith('.md')).sort();
  } catch (error) {
    problems.push(`${folder}: cannot read the folder (${describe(error)})`);
    return [];
  }
  const indicators: Indicator[] = [];
  for (const file of files) {
    const name = `indicators/${file}`;
    const path = join(folder, file);
    try {
      const text = await readFile(path, 'utf8');
      const facts = readIndicator(text);
      if (facts) indicators.push({ name, path, text, facts });
    } catch (error) {
      problems.push(`${name}: ${describe(error)}`);
    }
  }
  return indicators;
}

function describe(error: unknown): string {
  if (error instanceof KoladaError) return error.message;
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
    return `${error.message}${cause}`;
  }
  return String(error);
}

function byKpi(indicators: readonly Indicator[]): Map<string, Indicator[]> {
  const groups = new Map<string, Indicator[]>();
  for (const indicator of indicators) {
    const group = groups.get(indicator.facts.kolada) ?? [];
    group.push(indicator);
    groups.set(indicator.facts.kolada, group);
  }
  return groups;
}

/** Fetches every KPI once; stops at the first network failure, since the rest would fail too. */
async function fetchAll(options: Options, groups: Map<string, Indicator[]>, problems: string[]): Promise<Map<string, Map<number, number>>> {
  const results = new Map<string, Map<number, number>>();
  for (const [kpi, group] of groups) {
    const who = `${group.map((indicator) => indicator.name).join(', ')} (kolada ${kpi})`;
    try {
      results.set(kpi, await fetchKoladaTotals(options.api, kpi, options.municipality));
    } catch (error) {
      problems.push(`${who}: ${describe(error)}`);
      if (error instanceof NetworkError) break;
    }
  }
  return results;
}

interface Planned {
  indicator: Indicator;
  text: string;
  line: string;
}

/** Writes next to the file and renames, so that a file is never left half written. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.kolada-${process.pid}.tmp`;
  const { mode } = await stat(path);
  await writeFile(temporary, text, { encoding: 'utf8', mode });
  await rename(temporary, path);
}

function fail(problems: readonly string[]): never {
  for (const problem of problems) console.error(problem);
  console.error('No file was changed.');
  process.exit(1);
}

async function main(): Promise<void> {
  let options: Options;
  try {
    options = readOptions(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    process.exit(2);
  }

  const problems: string[] = [];
  const indicators = await readIndicators(options.content, problems);
  if (problems.length > 0) fail(problems);
  if (indicators.length === 0) {
    console.log(`No indicator in ${join(options.content, 'indicators')} names a Kolada KPI (kolada: N15419); nothing to do.`);
    return;
  }

  const fromKolada = await fetchAll(options, byKpi(indicators), problems);
  if (problems.length > 0) fail(problems);

  // Build every new text before writing any, so that a file that cannot be edited stops all.
  const planned: Planned[] = [];
  for (const indicator of indicators) {
    const { facts } = indicator;
    const merge = mergeValues(facts.values, fromKolada.get(facts.kolada)!, facts.range);
    try {
      const text = rewriteIndicator(indicator.text, merge.values);
      planned.push({ indicator, text, line: describeUpdate(indicator.name, merge, facts.range, facts.source) });
    } catch (error) {
      problems.push(`${indicator.name} (kolada ${facts.kolada}): ${describe(error)}`);
    }
  }
  if (problems.length > 0) fail(problems);

  for (const { line } of planned) console.log(line);
  const changed = planned.filter(({ indicator, text }) => text !== indicator.text);
  if (options.dryRun) {
    console.log(`Dry run: ${changed.length} of ${planned.length} files would change; no file was written.`);
    return;
  }

  // Someone may have saved a file while Kolada was answering: never overwrite their edit.
  for (const { indicator } of changed) {
    if ((await readFile(indicator.path, 'utf8')) !== indicator.text) {
      problems.push(`${indicator.name}: changed on disk while the command ran; run it again`);
    }
  }
  if (problems.length > 0) fail(problems);

  for (const { indicator, text } of changed) await writeAtomically(indicator.path, text);
  console.log(`Updated ${changed.length} of ${planned.length} indicator files from Kolada (municipality ${options.municipality}).`);
}

main().catch((error: unknown) => {
  console.error(`kolada: ${describe(error)}`);
  process.exit(1);
});
