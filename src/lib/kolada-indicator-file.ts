import { parse } from 'yaml';
import { numberFromText } from '../schemas/decimal.ts';
import { frontmatterParts, joinFrontmatter, type FrontmatterParts } from './frontmatter.ts';

/*
 * An indicator file as `npm run kolada` reads and rewrites it: the facts the command needs, the
 * values it merges in from Kolada, and the new text of the file. No I/O here: scripts/kolada.ts
 * reads and writes.
 */

/** The pattern the content schema (src/schemas/content.ts) requires of `kolada:`. */
export const KPI_ID = /^[NU]\d{5}$/;
/** What the command writes into `source:`; the site shows it as "Källa: Kolada", as Kolada asks. */
export const KOLADA_SOURCE = 'Kolada';

/** A problem with an indicator file that keeps the command from editing it, told in one line. */
export class IndicatorFileError extends Error {}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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

/** The frontmatter as lines to edit; the rest of the file stays in `parts`, untouched. */
interface Frontmatter {
  parts: FrontmatterParts;
  /** The YAML's lines, each with its line break. */
  lines: string[];
  /** The file's line break, for the lines the command writes. */
  eol: string;
}

function withoutEol(line: string): string {
  return line.replace(/\r?\n$/, '');
}

function frontmatter(text: string): Frontmatter {
  const parts = frontmatterParts(text);
  // Every line of the YAML ends with a line break: the closing `---` starts a line.
  const lines = parts.yaml.match(/[^\n]*\n/g) ?? [];
  return { parts, lines, eol: parts.opening.endsWith('\r\n') ? '\r\n' : '\n' };
}

function parseYaml(fm: Frontmatter): Record<string, unknown> {
  let data: unknown;
  try {
    data = parse(fm.parts.yaml);
  } catch (error) {
    const first = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new IndicatorFileError(`the frontmatter is not valid YAML: ${first}`);
  }
  if (data === null || data === undefined) return {};
  if (!isRecord(data)) throw new IndicatorFileError('the frontmatter is not a list of fields');
  return data;
}

function readYear(data: Record<string, unknown>, field: 'baseline' | 'target'): number {
  const measurement = data[field];
  const year = isRecord(measurement) ? measurement.year : undefined;
  if (typeof year !== 'number' || !Number.isInteger(year)) {
    throw new IndicatorFileError(`${field}: expected { year: …, value: … } with a whole year, needed to know which years to write`);
  }
  return year;
}

function readValues(raw: unknown): Map<number, number> {
  if (raw === undefined || raw === null) return new Map();
  if (!isRecord(raw)) throw new IndicatorFileError('values: expected years with numbers, such as "2024: 42"');
  const values = new Map<number, number>();
  for (const [key, written] of Object.entries(raw)) {
    // As the build reads them: the editor writes values as text ("41.5").
    const value = numberFromText(written);
    if (!/^\d{4}$/.test(key) || typeof value !== 'number') {
      throw new IndicatorFileError(`values: "${key}: ${String(written)}" is not a year with a number`);
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
    throw new IndicatorFileError(`kolada: found ${JSON.stringify(data.kolada)}, expected a Kolada KPI id such as N15419`);
  }
  const range = { from: readYear(data, 'baseline'), to: readYear(data, 'target') };
  if (range.to <= range.from) throw new IndicatorFileError(`target year ${range.to} must come after baseline year ${range.from}`);
  return { kolada: data.kolada, range, values: readValues(data.values), source: data.source };
}

function findTopLevel(fm: Frontmatter, key: string): number {
  const pattern = new RegExp(`^${key}[ \\t]*:`);
  for (let index = 0; index < fm.lines.length; index++) {
    if (pattern.test(fm.lines[index]!)) return index;
  }
  return -1;
}

/** The lines after `start` that belong to it: indented or blank, not counting trailing blank lines. */
function blockEnd(fm: Frontmatter, start: number): number {
  let end = start + 1;
  let last = start + 1;
  while (end < fm.lines.length && /^([ \t]|\r?\n$)/.test(fm.lines[end]!)) {
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
    fm.lines.splice(source >= 0 ? source : fm.lines.length, 0, ...block);
    return;
  }
  const rest = withoutEol(fm.lines[start]!).replace(/^values[ \t]*:/, '').trim();
  const end = blockEnd(fm, start);
  const inline = rest === '{}' && end === start + 1;
  const blockForm = rest === '' && fm.lines.slice(start + 1, end).every((line) => EDITABLE_VALUE_LINE.test(withoutEol(line)));
  if (!inline && !blockForm) {
    // Rewriting anything else (comments, flow maps) would lose what the writer put there.
    throw new IndicatorFileError('values: written in a form this command does not edit; write it as "values:" followed by lines such as "  2024: 42"');
  }
  fm.lines.splice(start, end - start, ...block);
}

function replaceSource(fm: Frontmatter): void {
  const line = `source: ${KOLADA_SOURCE}${fm.eol}`;
  const start = findTopLevel(fm, 'source');
  if (start < 0) {
    const values = findTopLevel(fm, 'values');
    fm.lines.splice(values >= 0 ? blockEnd(fm, values) : fm.lines.length, 0, line);
    return;
  }
  if (blockEnd(fm, start) !== start + 1) {
    throw new IndicatorFileError('source: spans several lines; this command only edits a one-line "source: …"');
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
  const body = fm.parts.body;
  const sorted = sortByYear(values);
  // Only a real change rewrites the block, so that "no change" always means an untouched file.
  if (!sameValues(readValues(before.values), sorted)) replaceValues(fm, sorted);
  if (before.source !== KOLADA_SOURCE) replaceSource(fm);
  const result = joinFrontmatter(fm.parts, fm.lines.join(''));
  checkRewrite(before, body, result, sorted);
  return result;
}

function checkRewrite(before: Record<string, unknown>, body: string, result: string, values: ReadonlyMap<number, number>): void {
  if (!readsBackAsIntended(before, body, result, values)) {
    throw new IndicatorFileError('could not edit the frontmatter safely (the result does not read back as intended); edit this file by hand');
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
      fm.parts.body === body
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
