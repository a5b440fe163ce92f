import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const astroBin = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

/**
 * Vitest puts Vite's own variables into process.env; a build started from a test would take them
 * as its own (BASE_URL="/" puts a site built for a base path at the root).
 */
const vitestViteVariables = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

/** The environment without the project's own variables, nor Vitest's Vite ones: a test says which it sets. */
function withoutMalbildSettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('MALBILD_') && !vitestViteVariables.has(name)));
}

export interface BuildResult {
  code: number | null;
  /** stdout and stderr together, as a person running the build would read them. */
  output: string;
}

/**
 * Runs `astro build` in a child process, as `npm run build` does, with the content, output and
 * cache folders given. A separate process means each build reads its own settings from scratch.
 */
export function astroBuild(options: { content?: string; outDir: string; cacheDir?: string; env?: Record<string, string> }): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astroBin, 'build'], {
      cwd: projectRoot,
      env: {
        ...withoutMalbildSettings(process.env),
        ...(options.content ? { MALBILD_CONTENT: options.content } : {}),
        MALBILD_OUT_DIR: options.outDir,
        // Without a cache folder of its own, the build uses the one it would use for its content.
        ...(options.cacheDir ? { MALBILD_CACHE_DIR: options.cacheDir } : {}),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/**
 * A fresh folder for one test's builds, inside the project: Astro puts a build's intermediate
 * files next to its output only when the output is under the working directory, and otherwise in
 * the project's shared .astro/ folder, where builds running side by side would overwrite each other.
 */
export function buildWorkspace(prefix: string): string {
  const root = join(projectRoot, 'node_modules/.cache/malbild-tests');
  mkdirSync(root, { recursive: true });
  return mkdtempSync(join(root, `${prefix}-`));
}
