import { parse } from 'yaml';

/*
 * Kolada: the pure half of `npm run kolada`. It reads Kolada's answers, merges them into an
 * indicator's values and rewrites the indicator file's text. No I/O here: scripts/kolada.ts
 * fetches, reads and writes.
 *
 * The API, as relied on (Kolada API v3, https://api.kolada.se/v3):
 *
 *   GET {base}/data/kpi/{kpi_id}/municipality/{municipality_id}
 *   → { "values": [ { "kpi": "N15419", "municipality": "2518", "period": 2024,
 *                     "values": [ { "gender": "T" | "K" | "M", "status": "…", "value": 42.0 | null,
 *                                   "count": 1 } ] } ],
 *       "count": 1, "next_url": "…" (only when there is a next page) }
 *
 * One row per KPI, municipality and year; in a row at most one value per gender, "T" being the
 * total (K women, M men), and `value` null where Kolada has no figure (status "Missing").
 *
 * Where this comes from (no official v3 reference text was found to quote):
 * - Kolada's own API description, github.com/Hypergene/kolada README.rst, "Query data": the
 *   route /data/kpi/<KPI>/municipality/<MUNICIPALITY_ID> and the row shape above, written for
 *   v2. kolada.se/om-oss/api points to it and asks users to cite "Källa: Kolada".
 * - Clients of v3, which use the same route under /v3 and read the same rows (kpi,
 *   municipality, period, values[].gender/value, picking gender "T"), and page with `next_url`:
 *   e.g. isakskogstad/Kolada-MCP (src/config/constants.ts, src/config/types.ts) and data
 *   scripts that call https://api.kolada.se/v3/data/kpi/<kpi>/municipality/<ids>. The Swagger
 *   description is served at https://api.kolada.se/v3/docs.
 * - v2 documented `period` as a string; v3 clients treat it as a number. Both are accepted
 *   (a four-digit year), nothing else is. Anything else off this shape is refused, not guessed.
 */

export const DEFAULT_KOLADA_API = 'https://api.kolada.se/v3';
/** The pattern the content schema (src/schemas/content.ts) requires of `kolada:`. */
export const KPI_ID = /^[NU]\d{5}$/;
/** Kolada's municipality ids are four digits, e.g. 2518 (Övertorneå). */
export const MUNICIPALITY_ID = /^\d{4}$/;
/** What the command writes into `source:`; the site shows it as "Källa: Kolada", as Kolada asks. */
export const KOLADA_SOURCE = 'Kolada';

/** A problem with Kolada's answer or with an indicator file, told in one line. */
export class KoladaError extends Error {}

export function koladaDataUrl(apiBase: string, kpi: string, municipality: string): string {
  return `${apiBase.replace(/\/+$/, '')}/data/kpi/${encodeURIComponent(kpi)}/municipality/${encodeURIComponent(municipality)}`;
}

// ---------------------------------------------------------------------------------------------
// Kolada's answer

export interface KoladaPage {
  /** The total (gender "T") per year; null where Kolada has the year but no figure. */
  totals: Map<number, number | null>;
  /** Number of rows (years) in the page, totals or not. */
  rows: number;
  /** The next page's address, when Kolada splits the answer. */
  nextUrl: string | undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads one page of Kolada's answer, checking it has the documented shape. */
export function parseKoladaPage(body: string, expected: { kpi: string; municipality: string }): KoladaPage {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    const start = body.trim().slice(0, 40).replace(/\s+/g, ' ');
    throw new KoladaError(`Kolada's answer is not JSON (it starts "${start}")`);
  }
  if (!isRecord(json) || !Array.isArray(json.values)) {
    throw new KoladaError('Kolada\'s answer has an unexpected shape: expected an object with a "values" list');
  }
  const totals = new Map<number, number | null>();
  json.values.forEach((row, index) => {
    const { year, total } = readRow(row, index, expected);
    if (totals.has(year)) throw new KoladaError(`Kolada's answer has the year ${year} twice`);
    totals.set(year, total);
  });
  return { totals, rows: json.values.length, nextUrl: readNextUrl(json.next_url) };
}

function readRow(row: unknown, index: number, expected: { kpi: string; municipality: string }): { year: number; total: number | null } {
  const where = `Kolada's answer, row ${index + 1}`;
  if (!isRecord(row)) throw new KoladaError(`${where}: expected an object`);
  // An answer for another KPI or place would put wrong numbers in the file: refuse it.
  if (row.kpi !== expected.kpi) throw new KoladaError(`${where}: is for KPI ${JSON.stringify(row.kpi)}, expected ${expected.kpi}`);
  if (row.municipality !== expected.municipality) {
    throw new KoladaError(`${where}: is for municipality ${JSON.stringify(row.municipality)}, expected ${expected.municipality}`);
  }
  const year = readPeriod(row.period);
  if (year === undefined) throw new KoladaError(`${where}: "period" is ${JSON.stringify(row.period)}, expected a year such as 2024`);
  if (!Array.isArray(row.values)) throw new KoladaError(`${where} (${year}): expected a "values" list`);
  let total: number | null | undefined;
  for (const entry of row.values) {
    if (!isRecord(entry) || typeof entry.gender !== 'string') {
      throw new KoladaError(`${where} (${year}): expected values with a "gender"`);
    }
    const value = entry.value;
    if (value !== null && (typeof value !== 'number' || !Number.isFinite(value))) {
      throw new KoladaError(`${where} (${year}): value ${JSON.stringify(value)} is not a number`);
    }
    if (entry.gender !== 'T') continue;
    if (total !== undefined) throw new KoladaError(`${where} (${year}): has two totals (gender "T")`);
    total = value;
  }
  return { year, total: total ?? null };
}

function readPeriod(period: unknown): number | undefined {
  if (typeof period === 'number' && Number.isInteger(period) && period >= 1900 && period < 2200) return period;
  if (typeof period === 'string' && /^\d{4}$/.test(period)) return Number(period);
  return undefined;
}

function readNextUrl(next: unknown): string | undefined {
  if (next === undefined || next === null || next === '') return undefined;
  if (typeof next !== 'string') throw new KoladaError('Kolada\'s answer has a "next_url" that is not an address');
  return next;
}

/** The years that have a total, merged over pages; null totals (no figure) are left out. */
export function yearTotals(pages: readonly KoladaPage[]): Map<number, number> {
  const result = new Map<number, number>();
  for (const page of pages) {
    for (const [year, total] of page.totals) {
      if (result.has(year)) throw new KoladaError(`Kolada's answer has the year ${year} twice`);
      if (total !== null) result.set(year, total);
    }
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Merging

export interface YearRange {
  from: number;
  to: number;
}

export type ValueChange = { year: number; kind: 'changed'; from: number; to: number } | { year: number; kind: 'new'; to: number };

export interface Merge {
  /** The values to write, sorted by year. */
  values: Map<number, number>;
  changes: ValueChange[];
  /** Years Kolada has that lie outside the indicator's range; the build would reject them. */
  skipped: number[];
}

/**
 * Kolada's figures win for the years it has within the indicator's range (baseline year to
 * target year, inclusive); years Kolada does not answer keep their value.
 */
export function mergeValues(current: ReadonlyMap<number, number>, fromKolada: ReadonlyMap<number, number>, range: YearRange): Merge {
  const values = new Map(current);
  const changes: ValueChange[] = [];
  const skipped: number[] = [];
  for (const [year, value] of [...fromKolada].sort(([a], [b]) => a - b)) {
    if (year < range.from || year > range.to) {
      skipped.push(year);
      continue;
    }
    const before = current.get(year);
    if (before === undefined) changes.push({ year, kind: 'new', to: value });
    else if (before !== value) changes.push({ year, kind: 'changed', from: before, to: value });
    values.set(year, value);
  }
  return { values: sortByYear(values), changes, skipped };
}

function sortByYear(values: ReadonlyMap<number, number>): Map<number, number> {
  return new Map([...values].sort(([a], [b]) => a - b));
}

/** One line for the person running the command, e.g. `indicators/x.md: 2024 41.5 → 42, 2025 (new) 43.1`. */
export function describeUpdate(file: string, merge: Merge, range: YearRange, sourceBefore: unknown): string {
  const parts = merge.changes.map((change) =>
    change.kind === 'new' ? `${change.year} (new) ${change.to}` : `${change.year} ${change.from} → ${change.to}`,
  );
  if (sourceBefore !== KOLADA_SOURCE) {
    parts.push(typeof sourceBefore === 'string' ? `source ${sourceBefore} → ${KOLADA_SOURCE}` : `source (new) ${KOLADA_SOURCE}`);
  }
  let line = `${file}: ${parts.length > 0 ? parts.join(', ') : 'no change'}`;
  if (merge.skipped.length > 0) {
    line += `; skipped ${merge.skipped.join(', ')} (outside ${range.from}–${range.to})`;
  }
  return line;
}

// ---------------------------------------------------------------------------------------------
// The indicator file

export interface IndicatorFacts {
  kolada: string;
  range: YearRange;
  values: Map<number, number>;
  source: unknown;
}

interface Frontmatter {
  /** The file's lines, each with its line ending. */
  lines: string[];
  /** Index of the opening `---` line and of the closing one. */
  open: number;
  close: number;
  eol: string;
}

const FENCE = /^---[ \t]*(\r?\n)?$/;

function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function withoutEol(line: string): string {
  return line.replace(/\r?\n$/, '');
}

function frontmatter(text: string): Frontmatter {
  const lines = splitLines(text);
  if (lines.length === 0 || !FENCE.test(lines[0]!)) throw new KoladaError('the file does not start with a "---" line (frontmatter)');
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (close < 0) throw new KoladaError('the frontmatter has no closing "---" line');
  const eol = lines[0]!.endsWith('\r\n') ? '\r\n' : '\n';
  return { lines, open: 0, close, eol };
}

function parseYaml(fm: Frontmatter): Record<string, unknown> {
  let data: unknown;
  try {
    data = parse(fm.lines.slice(fm.open + 1, fm.close).join(''));
  } catch (error) {
    const first = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new KoladaError(`the frontmatter is not valid YAML: ${first}`);
  }
  if (data === null || data === undefined) return {};
  if (!isRecord(data)) throw new KoladaError('the frontmatter is not a list of fields');
  return data;
}

function readYear(data: Record<string, unknown>, field: 'baseline' | 'target'): number {
  const measurement = data[field];
  const year = isRecord(measurement) ? measurement.year : undefined;
  if (typeof year !== 'number' || !Number.isInteger(year)) {
    throw new KoladaError(`${field}: expected { year: …, value: … } with a whole year, needed to know which years to write`);
  }
  return year;
}

function readValues(raw: unknown): Map<number, number> {
  if (raw === undefined || raw === null) return new Map();
  if (!isRecord(raw)) throw new KoladaError('values: expected years with numbers, such as "2024: 42"');
  const values = new Map<number, number>();
  for (const [key, value] of Object.entries(raw)) {
    if (!/^\d{4}$/.test(key) || typeof value !== 'number') {
      throw new KoladaError(`values: "${key}: ${String(value)}" is not a year with a number`);
    }
    values.set(Number(key), value);
  }
  return values;
}

/**
 * The facts the command needs from an indicator file, or null when the indicator names no
 * Kolada KPI (the command leaves those alone).
 */
export function readIndicator(text: string): IndicatorFacts | null {
  const data = parseYaml(frontmatter(text));
  if (data.kolada === undefined) return null;
  if (typeof data.kolada !== 'string' || !KPI_ID.test(data.kolada)) {
    throw new KoladaError(`kolada: found ${JSON.stringify(data.kolada)}, expected a Kolada KPI id such as N15419`);
  }
  const range = { from: readYear(data, 'baseline'), to: readYear(data, 'target') };
  if (range.to <= range.from) throw new KoladaError(`target year ${range.to} must come after baseline year ${range.from}`);
  return { kolada: data.kolada, range, values: readValues(data.values), source: data.source };
}

function findTopLevel(fm: Frontmatter, key: string): number {
  const pattern = new RegExp(`^${key}[ \\t]*:`);
  for (let index = fm.open + 1; index < fm.close; index++) {
    if (pattern.test(fm.lines[index]!)) return index;
  }
  return -1;
}

/** The lines after `start` that belong to it: indented or blank, not counting trailing blank lines. */
function blockEnd(fm: Frontmatter, start: number): number {
  let end = start + 1;
  let last = start + 1;
  while (end < fm.close && /^([ \t]|\r?\n$)/.test(fm.lines[end]!)) {
    end++;
    if (withoutEol(fm.lines[end - 1]!).trim() !== '') last = end;
  }
  return last;
}

function formatNumber(value: number): string {
  // String() gives the shortest text that reads back as the same number, e.g. 42, 41.5.
  return String(value);
}

function valuesBlock(values: ReadonlyMap<number, number>, eol: string): string[] {
  if (values.size === 0) return [`values: {}${eol}`];
  return [`values:${eol}`, ...[...values].map(([year, value]) => `  ${year}: ${formatNumber(value)}${eol}`)];
}

const EDITABLE_VALUE_LINE = /^[ \t]+(['"]?)\d{4}\1[ \t]*:[ \t]*[^\s#]+[ \t]*$/;

function replaceValues(fm: Frontmatter, values: ReadonlyMap<number, number>): void {
  const start = findTopLevel(fm, 'values');
  const block = valuesBlock(values, fm.eol);
  if (start < 0) {
    // Where communicators expect it: before `source:`, else at the end of the frontmatter.
    const source = findTopLevel(fm, 'source');
    fm.lines.splice(source >= 0 ? source : fm.close, 0, ...block);
    fm.close += block.length;
    return;
  }
  const rest = withoutEol(fm.lines[start]!).replace(/^values[ \t]*:/, '').trim();
  const end = blockEnd(fm, start);
  const inline = rest === '{}' && end === start + 1;
  const blockForm = rest === '' && fm.lines.slice(start + 1, end).every((line) => EDITABLE_VALUE_LINE.test(withoutEol(line)));
  if (!inline && !blockForm) {
    // Rewriting anything else (comments, flow maps) would lose what the writer put there.
    throw new KoladaError('values: written in a form this command does not edit; write it as "values:" followed by lines such as "  2024: 42"');
  }
  fm.lines.splice(start, end - start, ...block);
  fm.close += block.length - (end - start);
}

function replaceSource(fm: Frontmatter): void {
  const line = `source: ${KOLADA_SOURCE}${fm.eol}`;
  const start = findTopLevel(fm, 'source');
  if (start < 0) {
    const values = findTopLevel(fm, 'values');
    const at = values >= 0 ? blockEnd(fm, values) : fm.close;
    fm.lines.splice(at, 0, line);
    fm.close += 1;
    return;
  }
  if (blockEnd(fm, start) !== start + 1) {
    throw new KoladaError('source: spans several lines; this command only edits a one-line "source: …"');
  }
  fm.lines[start] = line;
}

function sameValues(a: ReadonlyMap<number, number>, b: ReadonlyMap<number, number>): boolean {
  return a.size === b.size && [...a].every(([year, value]) => b.get(year) === value);
}

/**
 * The file's text with `values:` set to `values` (sorted by year) and `source:` set to Kolada.
 * Everything else stays byte for byte; a block that is already right is not touched. The
 * result is read back and compared before it is returned, so a slip here cannot reach a file.
 */
export function rewriteIndicator(text: string, values: ReadonlyMap<number, number>): string {
  const fm = frontmatter(text);
  const before = parseYaml(fm);
  const body = bodyOf(fm);
  const sorted = sortByYear(values);
  // Only a real change rewrites the block, so that "no change" always means an untouched file.
  if (!sameValues(readValues(before.values), sorted)) replaceValues(fm, sorted);
  if (before.source !== KOLADA_SOURCE) replaceSource(fm);
  const result = fm.lines.join('');
  checkRewrite(before, body, result, sorted);
  return result;
}

/** Everything after the closing `---` line. */
function bodyOf(fm: Frontmatter): string {
  return fm.lines.slice(fm.close + 1).join('');
}

function checkRewrite(before: Record<string, unknown>, body: string, result: string, values: ReadonlyMap<number, number>): void {
  if (!readsBackAsIntended(before, body, result, values)) {
    throw new KoladaError('could not edit the frontmatter safely (the result does not read back as intended); edit this file by hand');
  }
}

function readsBackAsIntended(before: Record<string, unknown>, body: string, result: string, values: ReadonlyMap<number, number>): boolean {
  try {
    const fm = frontmatter(result);
    const after = parseYaml(fm);
    return (
      sameValues(readValues(after.values), values) &&
      after.source === KOLADA_SOURCE &&
      JSON.stringify(otherFields(before)) === JSON.stringify(otherFields(after)) &&
      bodyOf(fm) === body
    );
  } catch {
    return false;
  }
}

/** The fields the command must not change. */
function otherFields(data: Record<string, unknown>): Record<string, unknown> {
  const rest = { ...data };
  delete rest.values;
  delete rest.source;
  return rest;
}
