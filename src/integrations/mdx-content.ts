import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { splitFrontmatter } from '../lib/frontmatter.ts';

/**
 * Lets content folders hold `.mdx` files as entries: their frontmatter and their text, and
 * nothing compiled. The site never compiles or runs MDX from content (lib/mdx.ts checks it, and
 * Prose.astro shows it with the site's own components), so this stands in for @astrojs/mdx,
 * whose entries Vite would compile into modules that could run code.
 */
export function mdxContent(): AstroIntegration {
  return {
    name: 'malbild:mdx-content',
    hooks: {
      'astro:config:setup': (options) => {
        const { addContentEntryType } = options as typeof options & {
          addContentEntryType: (type: {
            extensions: string[];
            getEntryInfo: (file: { fileUrl: URL; contents: string }) => Promise<{ data: Record<string, unknown>; body: string; slug: string; rawData: string }>;
          }) => void;
        };
        addContentEntryType({
          extensions: ['.mdx'],
          async getEntryInfo({ fileUrl, contents }) {
            const split = splitFrontmatter(contents);
            if (!split) return { data: {}, body: contents, slug: '', rawData: '' };
            let data: Record<string, unknown>;
            try {
              data = (parse(split.frontmatter) ?? {}) as Record<string, unknown>;
            } catch (error) {
              throw new Error(`${fileURLToPath(fileUrl)} — frontmatter: the YAML cannot be read (${(error as Error).message.split('\n')[0]})`);
            }
            return { data, body: split.body, slug: '', rawData: split.frontmatter };
          },
        });
      },
    },
  };
}
