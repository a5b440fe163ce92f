import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, version as viteVersion, type Plugin } from 'vite';
import { editorFolder, editorScript } from '../config/content.ts';
import { editorUnavailable } from '../lib/cms/availability.ts';
import { siteFile } from '../lib/routes.ts';

/*
 * Sveltia CMS as the site serves it at /admin/: its npm package bundled by Vite into
 * /admin/editor.js and the chunks and assets it loads, asking no other host for anything.
 *
 * The bundle depends on the package alone, not on the content, and making it is the largest
 * single piece of work in a build (some 2 MB of code and hundreds of optional chunks: about two
 * seconds of two cores). So it is made once for each version of what goes into it (the package,
 * Vite, src/scripts/editor.ts and this file) and kept in node_modules/.cache/malbild-editor/,
 * as installed dependencies are kept; every build copies it into the output. The first build
 * after installing makes it, side by side with the pages: started as the build starts and
 * awaited when the pages are done. A site without an editor (no repository known) has none.
 *
 * Two things in the package would ask other hosts, and are changed in the bundle (the build
 * stops, naming this file, if an update of the package no longer has them):
 * - it names each of its fonts twice, once as a file it ships and once as a copy on a CDN
 *   (cdn.jsdelivr.net) in the CSS it injects, and a browser fetches both. The CDN copies are taken
 *   out. The fonts it ships go into the bundle as data: URLs: the site's pages use no web fonts
 *   and its output holds no font file, which the page-weight tests check;
 * - before sign-in, and every few minutes after, it asks www.githubstatus.com whether GitHub
 *   works, to show a warning if not. That address is replaced by a data: URL whose answer is
 *   "unknown", what the editor shows when the status page cannot be reached: no request leaves
 *   and the policy has nothing to refuse.
 */

const entry = fileURLToPath(new URL('../scripts/editor.ts', import.meta.url));

const packageEntry = /\/node_modules\/@sveltia\/cms\/npm\/index\.js$/;
const packageFont = /\/node_modules\/@sveltia\/cms\/npm\/assets\/[^/]+\.woff2$/;
const cdnFontFace = /@font-face \{[^}]*https:\/\/cdn\.jsdelivr\.net\/[^}]*\}/g;
const statusCheck = 'https://www.githubstatus.com/api/v2/status.json';
/** What the status page would say, as the editor reads it: an indicator it does not know. */
export const statusUnknown = `data:application/json,${encodeURIComponent(JSON.stringify({ status: { indicator: 'unknown' } }))}`;

function withoutOtherHosts(): Plugin {
  return {
    name: 'malbild:editor-hosts',
    enforce: 'pre',
    transform: {
      filter: { id: packageEntry },
      handler(code) {
        const withoutCdn = code.replace(cdnFontFace, '');
        if (withoutCdn === code) {
          this.error('@sveltia/cms no longer names its fonts on a CDN the way src/integrations/editor-build.ts expects; check what its CSS asks for now.');
        }
        if (!withoutCdn.includes(statusCheck)) {
          this.error(`@sveltia/cms no longer checks ${statusCheck} the way src/integrations/editor-build.ts expects; check what it asks for now.`);
        }
        return { code: withoutCdn.replaceAll(statusCheck, statusUnknown), map: null };
      },
    },
  };
}

/** Bundles the editor into a folder of its own. */
async function bundleEditor(outDir: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'error',
    publicDir: false,
    // The chunks and assets are found next to editor.js, wherever the site is published.
    base: './',
    plugins: [withoutOtherHosts()],
    build: {
      outDir,
      emptyOutDir: true,
      reportCompressedSize: false,
      // The editor's fonts inline, every other asset a file of its own.
      assetsInlineLimit: (file: string) => packageFont.test(file),
      rolldownOptions: {
        input: entry,
        output: { entryFileNames: editorScript, chunkFileNames: 'chunks/[name]-[hash].js', assetFileNames: 'assets/[name]-[hash][extname]' },
      },
    },
  });
}

const cacheRoot = join(process.cwd(), 'node_modules/.cache/malbild-editor');

/** What the bundle is made of, as a key: another version of any of it makes another bundle. */
function bundleKey(): string {
  const packageEntry = createRequire(join(process.cwd(), 'package.json')).resolve('@sveltia/cms');
  const hash = createHash('sha256').update(viteVersion);
  for (const file of [join(dirname(packageEntry), '../package.json'), entry, fileURLToPath(import.meta.url)]) hash.update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/** The folder of the editor's bundle: made now if no build has made it yet. */
async function editorBundle(): Promise<{ dir: string; made: boolean }> {
  const key = bundleKey();
  const dir = join(cacheRoot, key);
  // Bundles of other versions are never used again.
  if (existsSync(cacheRoot)) {
    for (const old of readdirSync(cacheRoot)) if (old !== key && !old.startsWith('making-')) rmSync(join(cacheRoot, old), { recursive: true, force: true });
  }
  if (existsSync(dir)) return { dir, made: false };
  try {
    mkdirSync(cacheRoot, { recursive: true });
  } catch {
    // node_modules is read-only here: bundle for this build alone.
    const once = mkdtempSync(join(tmpdir(), 'malbild-editor-'));
    await bundleEditor(once);
    return { dir: once, made: true };
  }
  const temporary = mkdtempSync(join(cacheRoot, 'making-'));
  await bundleEditor(temporary);
  // Builds side by side (the tests make three) may each have made one: the first to arrive stays.
  try {
    renameSync(temporary, dir);
  } catch {
    rmSync(temporary, { recursive: true, force: true });
  }
  return { dir, made: true };
}

const types: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.wasm': 'application/wasm', '.png': 'image/png' };

export function editorBuild(): AstroIntegration {
  let outDir: URL;
  let bundled: Promise<{ dir: string; made: boolean }> | undefined;
  const start = () => {
    const done = editorBundle();
    // Caught here and thrown where it is awaited: an early failure must not go unhandled.
    done.catch(() => {});
    return done;
  };
  return {
    name: 'malbild:editor-build',
    hooks: {
      // Started as early as a build can be: before the content is synced and the types made.
      'astro:config:setup': ({ command }) => {
        if (command === 'build' && !editorUnavailable()) bundled = start();
      },
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      'astro:build:done': async ({ logger }) => {
        if (!bundled) return;
        const { dir, made } = await bundled;
        cpSync(dir, fileURLToPath(new URL(`${editorFolder}/`, outDir)), { recursive: true });
        if (!dir.startsWith(cacheRoot)) rmSync(dir, { recursive: true, force: true });
        logger.info(`${made ? 'Bundled the editor' : 'Copied the editor, bundled by an earlier build,'} into /${editorFolder}/${editorScript}.`);
      },
      // `astro dev`: the same bundle, made on the first request for it.
      'astro:server:setup': ({ server }) => {
        const prefix = siteFile(`${editorFolder}/`, server.config.base);
        let dev: Promise<{ dir: string }> | undefined;
        server.middlewares.use((request, response, next) => {
          const path = request.url?.split('?')[0] ?? '';
          if (!path.startsWith(prefix) || !/\.(js|json|wasm|png)$/.test(path) || path.endsWith('/config.json')) return next();
          dev ??= start();
          dev.then(
            ({ dir }) => {
              const file = join(dir, path.slice(prefix.length));
              if (!file.startsWith(dir) || !existsSync(file)) return next();
              response.setHeader('content-type', types[extname(file)] ?? 'application/octet-stream');
              response.end(readFileSync(file));
            },
            (error: unknown) => next(error),
          );
        });
      },
    },
  };
}
