/*
 * Measuring one build for `npm run bench`: a real `astro build` in a child process, timed, with
 * the memory of its whole process tree (the Node build and the Pagefind binary it starts) sampled
 * from /proc; then the output's size and the weight of a few pages as a first visit loads them.
 *
 * Runs on Node's type stripping: erasable TypeScript only.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const astroBin = join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');

// ---------------------------------------------------------------------------------------------
// Memory of a process tree, from /proc (Linux).

interface ProcessMemory {
  pid: number;
  name: string;
  /** Resident set size now. */
  rss: number;
  /** The process's own high-water mark of resident memory (VmHWM). */
  hwm: number;
}

export const procAvailable = existsSync('/proc/self/status');

/** Clock ticks per second, the unit of CPU time in /proc/<pid>/stat. */
const clockTicks = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** Every process's parent and CPU time so far (user and system, ms), from /proc/<pid>/stat. */
function processTable(): Map<number, { ppid: number; cpuMs: number }> {
  const table = new Map<number, { ppid: number; cpuMs: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces: the fields after it are fixed
      // (state, ppid, …, utime and stime are the 12th and 13th after the name).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ticks = Number(fields[11]) + Number(fields[12]);
      table.set(Number(name), { ppid: Number(fields[1]), cpuMs: (ticks * 1000) / clockTicks });
    } catch {
      // The process ended while we looked.
    }
  }
  return table;
}

/** The processes of a tree, with their CPU time so far. */
function treeOf(root: number): { pid: number; cpuMs: number }[] {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of table) {
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  const tree: { pid: number; cpuMs: number }[] = [];
  const queue = table.has(root) ? [root] : [];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    tree.push({ pid, cpuMs: table.get(pid)!.cpuMs });
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** What a process is, for people: the build itself, or the program's name (pagefind, esbuild). */
function processName(pid: number, status: string): string {
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    if (argv.some((arg) => arg.endsWith('astro.mjs'))) return 'node (astro build)';
    if (argv[0]) return basename(argv[0]);
  } catch {
    // Gone already: fall back to the kernel's name for it.
  }
  return /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '?';
}

function memoryOf(pid: number): ProcessMemory | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { pid, name: processName(pid, status), rss: kib('VmRSS'), hwm: kib('VmHWM') };
  } catch {
    return undefined;
  }
}

/** Samples a process tree's memory until stopped. */
class MemorySampler {
  /** Highest sum of the resident memory of all processes in the tree at one moment. */
  peakTreeRss = 0;
  /** Each process's high-water mark and CPU time, as last seen. */
  readonly processes = new Map<number, { name: string; hwm: number; cpuMs: number }>();
  samples = 0;
  private readonly root: number;
  private timer: NodeJS.Timeout | undefined;

  constructor(root: number, intervalMs: number) {
    this.root = root;
    if (!procAvailable) return;
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
  }

  sample(): void {
    let sum = 0;
    for (const { pid, cpuMs } of treeOf(this.root)) {
      const memory = memoryOf(pid);
      if (!memory) continue;
      sum += memory.rss;
      const known = this.processes.get(pid);
      this.processes.set(pid, { name: known?.name ?? memory.name, hwm: Math.max(memory.hwm, known?.hwm ?? 0), cpuMs: Math.max(cpuMs, known?.cpuMs ?? 0) });
    }
    this.peakTreeRss = Math.max(this.peakTreeRss, sum);
    this.samples++;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}

// ---------------------------------------------------------------------------------------------
// The build.

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  cacheDir: string;
  /** Extra environment for the build (NODE_OPTIONS, for one). */
  env?: Record<string, string>;
  /** Arguments for the child's Node before the Astro script (e.g. --cpu-prof). */
  nodeArgs?: string[];
  /** Where to write the build's output as it comes. */
  logFile: string;
  sampleIntervalMs?: number;
}

/** Milliseconds from the start of the build to the steps Astro and the search integration log. */
export interface BuildPhases {
  /** Content synced and types generated: bundling starts. */
  bundleStart?: number;
  /** Bundles built: pages start being rendered. */
  renderStart?: number;
  renderEnd?: number;
  /** Pagefind wrote its index. */
  indexEnd?: number;
}

export interface BuildRun {
  code: number | null;
  signal: string | null;
  wallMs: number;
  phases: BuildPhases;
  /** Pages Astro says it built, and pages Pagefind says it indexed. */
  reportedPages?: number;
  indexedPages?: number;
  /** Peak of the summed resident memory of the build's process tree (sampled). */
  peakTreeRss: number;
  /** The high-water mark and CPU time of each process of the tree, largest first. */
  processes: { pid: number; name: string; hwm: number; cpuMs: number }[];
  /** CPU time (user and system) of the whole tree, as last sampled before it ended. */
  cpuMs: number;
  /** The system's load average (1 minute) when the build started: other work on the machine. */
  loadAverage: number;
  memorySamples: number;
  /** The last lines of output, for a failed build. */
  tail: string[];
  outOfMemory: boolean;
}

export function runBuild(options: BuildOptions): Promise<BuildRun> {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(options.logFile);
    const loadAverage = loadavg()[0] ?? 0;
    const started = performance.now();
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), astroBin, 'build'], {
      cwd: projectRoot,
      env: {
        ...process.env,
        MALBILD_CONTENT: options.contentDir,
        MALBILD_OUT_DIR: options.outDir,
        MALBILD_CACHE_DIR: options.cacheDir,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const sampler = new MemorySampler(child.pid!, options.sampleIntervalMs ?? 100);
    const phases: BuildPhases = {};
    const tail: string[] = [];
    let reportedPages: number | undefined;
    let indexedPages: number | undefined;
    let outOfMemory = false;
    let partial = '';

    const onLine = (line: string, at: number) => {
      tail.push(line);
      if (tail.length > 60) tail.shift();
      if (phases.bundleStart === undefined && /Building static entrypoints/.test(line)) phases.bundleStart = at;
      else if (phases.renderStart === undefined && /generating static routes/.test(line)) phases.renderStart = at;
      else if (phases.renderStart !== undefined && phases.renderEnd === undefined && /✓ Completed in/.test(line)) phases.renderEnd = at;
      const indexed = /Indexed (\d+) pages for search/.exec(line);
      if (indexed) {
        phases.indexEnd = at;
        indexedPages = Number(indexed[1]);
      }
      const built = /(\d+) page\(s\) built in/.exec(line);
      if (built) reportedPages = Number(built[1]);
      if (/heap out of memory|Allocation failed/i.test(line)) outOfMemory = true;
    };
    const onData = (chunk: Buffer) => {
      const at = performance.now() - started;
      log.write(chunk);
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) onLine(line, at);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (error) => {
      sampler.stop();
      reject(error);
    });
    child.on('close', (code, signal) => {
      const wallMs = performance.now() - started;
      sampler.stop();
      if (partial) onLine(partial, wallMs);
      log.end();
      resolve({
        code,
        signal,
        wallMs,
        phases,
        reportedPages,
        indexedPages,
        peakTreeRss: sampler.peakTreeRss,
        processes: [...sampler.processes.entries()].map(([pid, p]) => ({ pid, ...p })).sort((a, b) => b.hwm - a.hwm),
        cpuMs: [...sampler.processes.values()].reduce((sum, p) => sum + p.cpuMs, 0),
        loadAverage,
        memorySamples: sampler.samples,
        tail,
        outOfMemory,
      });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// The output.

export interface DirStats {
  files: number;
  bytes: number;
  htmlPages: number;
}

export function dirStats(dir: string): DirStats {
  const stats: DirStats = { files: 0, bytes: 0, htmlPages: 0 };
  if (!existsSync(dir)) return stats;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    stats.files++;
    stats.bytes += statSync(join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) stats.htmlPages++;
  }
  return stats;
}

const gzipSize = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

export interface Resource {
  /** Site-relative URL, as the page names it. */
  url: string;
  bytes: number;
  gzip: number;
}

export interface PageWeight {
  path: string;
  html: { bytes: number; gzip: number };
  css: Resource[];
  js: Resource[];
  /** Scripts written into the HTML itself (counted in the HTML's size). */
  inlineScripts: { count: number; bytes: number };
  /** HTML, stylesheets and scripts, each compressed on its own as a server sends it. */
  totalGzip: number;
}

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  const body = tag.replace(/^<\w+/, '').replace(/\/?>$/, '');
  for (const match of body.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    found.set(match[1]!.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  }
  return found;
}

const decode = (value: string) => value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/**
 * The weight of one built page on a first visit: its HTML, and every stylesheet and script it
 * loads before the reader can interact (`<link rel=stylesheet>`, `<link rel=modulepreload>`,
 * `<script src>`, what those import statically, and inline scripts). Lazy imports do not count.
 */
export function pageWeight(outDir: string, pagePath: string, basePath: string): PageWeight {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const fileOf = (url: string) => {
    const { pathname } = new URL(url, 'http://site.invalid');
    const inSite = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
    return join(outDir, decodeURIComponent(inSite), pathname.endsWith('/') ? 'index.html' : '');
  };
  const html = readFileSync(fileOf(pagePath));
  const text = html.toString('utf8');
  const pageUrl = new URL(pagePath, 'http://site.invalid');
  const seen = new Set<string>();
  const css: Resource[] = [];
  const js: Resource[] = [];

  const load = (href: string, from: URL, kind: 'css' | 'js') => {
    const url = new URL(decode(href), from);
    if (url.origin !== pageUrl.origin || seen.has(url.pathname)) return;
    seen.add(url.pathname);
    const file = fileOf(url.pathname);
    if (!existsSync(file)) throw new Error(`${pagePath} loads ${url.pathname}, which is not in the build output.`);
    const data = readFileSync(file);
    (kind === 'css' ? css : js).push({ url: url.pathname, bytes: data.length, gzip: gzipSize(data) });
    const source = data.toString('utf8');
    if (kind === 'js') {
      // Static imports and re-exports load before the module runs; import() does not.
      for (const match of source.matchAll(/\b(?:import|export)\s*(?:[^'"();]*?\bfrom\s*)?["']([^"']+)["']/g)) load(match[1]!, url, 'js');
    } else {
      for (const match of source.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/g)) load(match[1]!, url, 'css');
    }
  };

  for (const match of text.matchAll(/<link\b[^>]*>/gi)) {
    const attrs = attributes(match[0]);
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = attrs.get('href');
    if (!href) continue;
    if (rel.includes('stylesheet')) load(href, pageUrl, 'css');
    else if (rel.includes('modulepreload')) load(href, pageUrl, 'js');
  }
  const inlineScripts = { count: 0, bytes: 0 };
  for (const match of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = attributes(`<script${match[1]}>`);
    const type = (attrs.get('type') ?? '').toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
    const src = attrs.get('src');
    if (src) load(src, pageUrl, 'js');
    else {
      inlineScripts.count++;
      inlineScripts.bytes += Buffer.byteLength(match[2]!);
    }
  }

  const htmlGzip = gzipSize(html);
  const sum = (resources: Resource[]) => resources.reduce((total, r) => total + r.gzip, 0);
  return {
    path: pagePath,
    html: { bytes: html.length, gzip: htmlGzip },
    css,
    js,
    inlineScripts,
    totalGzip: htmlGzip + sum(css) + sum(js),
  };
}
