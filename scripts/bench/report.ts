/*
 * The results of `npm run bench`: the machine, one row per scale, how time grows with the number
 * of pages, and the weight of a few pages; as text tables and as JSON.
 *
 * Runs on Node's type stripping: erasable TypeScript only.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, release, totalmem } from 'node:os';
import type { GeneratedContent } from './generator.ts';
import type { BuildRun, DirStats, PageWeight } from './measure.ts';
import type { ProfileSummary } from './profile.ts';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryBytes: number;
  node: string;
  platform: string;
  date: string;
}

export function machine(): Machine {
  let cpuModel = 'unknown';
  try {
    cpuModel = /^model name\s*:\s*(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpuModel;
  } catch {
    // Not Linux: the model stays unknown.
  }
  return {
    cpus: availableParallelism(),
    cpuModel,
    memoryBytes: totalmem(),
    node: process.version,
    platform: `${process.platform} ${release()}`,
    date: new Date().toISOString(),
  };
}

export interface WeighedPage extends PageWeight {
  lang: string;
  page: 'start' | 'area' | 'goal';
}

export interface ScaleResult {
  scale: number;
  content: GeneratedContent;
  build: Omit<BuildRun, 'tail'>;
  pages: number;
  pagesPerSecond: number;
  dist: DirStats;
  searchIndex: DirStats;
  pageWeights: WeighedPage[];
  profiles?: ProfileSummary[];
}

export interface Growth {
  from: number;
  to: number;
  pagesRatio: number;
  timeRatio: number;
  /** How time grows with pages: time ∝ pages^exponent (1 is linear). */
  exponent: number;
  /** The same for the CPU time of the build's processes (less disturbed by other work). */
  cpuTimeRatio: number;
  /** The same for rendering the pages alone, without the fixed start-up and bundling. */
  renderTimeRatio?: number;
  renderExponent?: number;
  /** Milliseconds per page at each end, and for the pages added between them. */
  msPerPageFrom: number;
  msPerPageTo: number;
  marginalMsPerPage: number;
  linear: boolean;
}

const renderMs = (result: ScaleResult) => {
  const { renderStart, renderEnd } = result.build.phases;
  return renderStart !== undefined && renderEnd !== undefined ? renderEnd - renderStart : undefined;
};

/** How time grows between each two consecutive scales (by pages), and from the first to the last. */
export function growth(results: ScaleResult[]): Growth[] {
  const sorted = [...results].sort((a, b) => a.pages - b.pages);
  const pairs: [ScaleResult, ScaleResult][] = [];
  for (let i = 1; i < sorted.length; i++) pairs.push([sorted[i - 1]!, sorted[i]!]);
  if (sorted.length > 2) pairs.push([sorted[0]!, sorted[sorted.length - 1]!]);
  return pairs.filter(([a, b]) => b.pages > a.pages).map(([a, b]) => growthBetween(a, b));
}

function growthBetween(first: ScaleResult, last: ScaleResult): Growth {
  const pagesRatio = last.pages / first.pages;
  const timeRatio = last.build.wallMs / first.build.wallMs;
  const exponent = Math.log(timeRatio) / Math.log(pagesRatio);
  const cpuTimeRatio = last.build.cpuMs / first.build.cpuMs;
  const renderFirst = renderMs(first);
  const renderLast = renderMs(last);
  const renderTimeRatio = renderFirst && renderLast ? renderLast / renderFirst : undefined;
  const renderExponent = renderTimeRatio ? Math.log(renderTimeRatio) / Math.log(pagesRatio) : undefined;
  return {
    from: first.scale,
    to: last.scale,
    pagesRatio,
    timeRatio,
    exponent,
    cpuTimeRatio,
    renderTimeRatio,
    renderExponent,
    msPerPageFrom: first.build.wallMs / first.pages,
    msPerPageTo: last.build.wallMs / last.pages,
    marginalMsPerPage: (last.build.wallMs - first.build.wallMs) / (last.pages - first.pages),
    // Linear within measuring noise: time grows no faster than pages^1.1.
    linear: exponent <= 1.1 && (renderExponent === undefined || renderExponent <= 1.1),
  };
}

// ---------------------------------------------------------------------------------------------
// Text.

export const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const integer = (n: number) => n.toLocaleString('en-US');
const optionalSeconds = (ms: number | undefined) => (ms === undefined ? '–' : seconds(ms));

/** A plain-text table; columns after the first `left` ones are right-aligned. */
export function table(head: string[], rows: string[][], left = 1): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i < left ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function machineText(m: Machine): string {
  return `${m.cpus} CPUs (${m.cpuModel}), ${(m.memoryBytes / 2 ** 30).toFixed(1)} GiB memory, Node ${m.node}, ${m.platform}, ${m.date}`;
}

export function resultsTable(results: ScaleResult[]): string {
  return table(
    ['scale', 'pages', 'build time', 'pages/s', 'CPU time', 'peak memory', 'dist/', 'search index', 'load before'],
    results.map((r) => [
      `${r.scale}×`,
      integer(r.pages),
      seconds(r.build.wallMs),
      r.pagesPerSecond.toFixed(0),
      seconds(r.build.cpuMs),
      mib(r.build.peakTreeRss),
      mib(r.dist.bytes),
      mib(r.searchIndex.bytes),
      r.build.loadAverage.toFixed(2),
    ]),
  );
}

export function phasesTable(results: ScaleResult[]): string {
  return table(
    ['scale', 'start-up, content, types', 'bundling', 'rendering pages', 'search index', 'to exit', 'largest process (VmHWM)'],
    results.map((r) => {
      const { bundleStart, renderStart, renderEnd, indexEnd } = r.build.phases;
      const span = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined ? b - a : undefined);
      const largest = r.build.processes[0];
      return [
        `${r.scale}×`,
        optionalSeconds(bundleStart),
        optionalSeconds(span(bundleStart, renderStart)),
        optionalSeconds(span(renderStart, renderEnd)),
        optionalSeconds(span(renderEnd, indexEnd)),
        optionalSeconds(span(indexEnd, r.build.wallMs)),
        largest ? `${largest.name} ${mib(largest.hwm)}` : '–',
      ];
    }),
  );
}

export function contentTable(results: ScaleResult[]): string {
  const first = results[0];
  if (!first) return '';
  const folders = Object.keys(first.content.entries);
  return table(
    ['scale', ...folders, 'translations', 'files'],
    results.map((r) => [
      `${r.scale}×`,
      ...folders.map((f) => integer(r.content.entries[f as keyof typeof r.content.entries])),
      integer(Object.values(r.content.translations).reduce((a, b) => a + b, 0)),
      integer(r.content.files),
    ]),
  );
}

export function weightTable(results: ScaleResult[]): string {
  const rows: string[][] = [];
  for (const r of results) {
    for (const w of r.pageWeights) {
      const sum = (list: { gzip: number }[]) => list.reduce((t, x) => t + x.gzip, 0);
      rows.push([
        `${r.scale}×`,
        w.lang,
        w.page,
        kib(w.html.bytes),
        kib(w.html.gzip),
        `${kib(sum(w.css))} (${w.css.length})`,
        `${kib(sum(w.js))} (${w.js.length})`,
        `${w.inlineScripts.count} (${w.inlineScripts.bytes} B)`,
        kib(w.totalGzip),
      ]);
    }
  }
  return table(['scale', 'lang', 'page', 'HTML', 'HTML gzip', 'CSS gzip (files)', 'JS gzip (files)', 'inline scripts', 'total gzip'], rows, 3);
}

export function growthText(g: Growth): string {
  const render =
    g.renderTimeRatio !== undefined && g.renderExponent !== undefined
      ? `; rendering alone ×${g.renderTimeRatio.toFixed(2)} (exponent ${g.renderExponent.toFixed(2)})`
      : '';
  return (
    `From ${g.from}× to ${g.to}×: pages ×${g.pagesRatio.toFixed(2)}, build time ×${g.timeRatio.toFixed(2)} ` +
    `(time ∝ pages^${g.exponent.toFixed(2)}), CPU time ×${g.cpuTimeRatio.toFixed(2)}${render}.\n` +
    `${g.msPerPageFrom.toFixed(2)} ms per page at ${g.from}×, ${g.msPerPageTo.toFixed(2)} ms at ${g.to}×, ` +
    `${g.marginalMsPerPage.toFixed(2)} ms for each page added. ` +
    (g.linear ? 'Growth is linear (or better: fixed start-up costs are spread over more pages).' : 'Growth is faster than linear.')
  );
}

export function profileText(summary: ProfileSummary): string {
  const rows = (costs: ProfileSummary['functions']) => costs.map((c) => [c.name, `${c.selfMs.toFixed(0)} ms`, `${(c.share * 100).toFixed(1)} %`]);
  return [
    `${summary.file} (${seconds(summary.totalMs)} sampled)`,
    table(['by package or folder (self time)', 'ms', 'share'], rows(summary.files)),
    table(['by function (self time)', 'ms', 'share'], rows(summary.functions)),
  ].join('\n\n');
}
