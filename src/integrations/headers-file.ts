import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { securityHeaders } from '../config/security.ts';

/** Writes dist/_headers from the same policy the pages carry in their <meta> element. */
export function headersFile(): AstroIntegration {
  return {
    name: 'malbild:headers-file',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const lines = ['/*', ...Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`), ''];
        writeFileSync(fileURLToPath(new URL('_headers', dir)), lines.join('\n'));
      },
    },
  };
}
