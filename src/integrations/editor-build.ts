import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, type Plugin } from 'vite';
import { editorFolder, editorScript } from '../config/content.ts';
import { editorUnavailable } from '../lib/cms/availability.ts';

/*
 * Sveltia CMS as the site serves it at /admin/: its npm package bundled by Vite into
 * /admin/editor.js and the chunks and assets it loads, asking no other host for anything.
 *
 * The bundle depends on the package alone, not on the content, and is by far the largest piece
 * of the output (some 2 MB of code and hundreds of optional chunks), so it is built on its own
 * and side by side with the pages: started as the build starts, while Astro syncs the content and
 * renders, and copied into the output when the pages are done. (Bundled with the pages, as a <script> of the
 * /admin/ page, it held up every build for about two seconds.) A site without an editor (no
 * repository known) builds none.
 *
 * The package names each of its fonts twice, once as a file it ships and once as a copy on a CDN
 * (cdn.jsdelivr.net) in the CSS it injects, and a browser fetches both. The CDN copies are taken
 * out here. The fonts it ships go into the bundle as data: URLs: the site's pages use no web
 * fonts and its output holds no font file, which the page-weight tests check.
 */

const entry = fileURLToPath(new URL('../scripts/editor.ts', import.meta.url));

const packageEntry = /\/node_modules\/@sveltia\/cms\/npm\/index\.js$/;
const packageFont = /\/node_modules\/@sveltia\/cms\/npm\/assets\/[^/]+\.woff2$/;
const cdnFontFace = /@font-face \{[^}]*https:\/\/cdn\.jsdelivr\.net\/[^}]*\}/g;

function withoutCdnFonts(): Plugin {
  return {
    name: 'malbild:editor-fonts',
    enforce: 'pre',
    transform: {
      filter: { id: packageEntry },
      handler(code) {
        const withoutCdn = code.replace(cdnFontFace, '');
        if (withoutCdn === code) {
          this.error('@sveltia/cms no longer names its fonts on a CDN the way src/integrations/editor-build.ts expects; check what its CSS asks for now.');
        }
        return { code: withoutCdn, map: null };
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
    plugins: [withoutCdnFonts()],
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

const types: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.wasm': 'application/wasm', '.png': 'image/png' };

export function editorBuild(): AstroIntegration {
  let outDir: URL;
  let bundled: Promise<string> | undefined;
  const work = () => mkdtempSync(join(tmpdir(), 'malbild-editor-'));
  const start = () => {
    const dir = work();
    // Caught here and thrown where it is awaited: an early failure must not go unhandled.
    const done = bundleEditor(dir).then(() => dir);
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
        const dir = await bundled;
        cpSync(dir, fileURLToPath(new URL(`${editorFolder}/`, outDir)), { recursive: true });
        rmSync(dir, { recursive: true, force: true });
        logger.info(`Bundled the editor into /${editorFolder}/${editorScript}.`);
      },
      // `astro dev`: the same bundle, made on the first request for it.
      'astro:server:setup': ({ server }) => {
        const prefix = `${server.config.base.replace(/\/?$/, '/')}${editorFolder}/`;
        let dev: Promise<string> | undefined;
        server.httpServer?.once('close', () => void dev?.then((dir) => rmSync(dir, { recursive: true, force: true })));
        server.middlewares.use((request, response, next) => {
          const path = request.url?.split('?')[0] ?? '';
          if (!path.startsWith(prefix) || !/\.(js|json|wasm|png)$/.test(path) || path.endsWith('/config.json')) return next();
          dev ??= start();
          dev.then(
            (dir) => {
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
