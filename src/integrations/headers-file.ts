import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { editorFolder } from '../config/content.ts';
import { editorSecurityHeaders, securityHeaders } from '../config/security.ts';

/**
 * Writes dist/_headers from the same policies the pages carry in their <meta> element: the
 * pages' for every path, then the editor's for /admin/ (under the base path). A host that
 * resolves rules the way Netlify does sends, for each header, the value of the last rule that
 * matches the path; see docs/editor.md for hosts that join the values instead.
 */
export function headersFile(): AstroIntegration {
  let base = '/';
  return {
    name: 'malbild:headers-file',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': ({ dir }) => {
        const block = (path: string, headers: Record<string, string>) => [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)];
        const lines = [...block('/*', securityHeaders), '', ...block(`${base}${editorFolder}/*`, editorSecurityHeaders), ''];
        writeFileSync(fileURLToPath(new URL('_headers', dir)), lines.join('\n'));
      },
    },
  };
}
