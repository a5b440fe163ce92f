import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from './astro-build.ts';

/*
 * The content as a communicator wrote it, read straight from the files: the oracle the built
 * site is checked against. Deliberately simple (file names and frontmatter), so that it cannot
 * share a mistake with the site's own loading code.
 */
export const contentDir = join(projectRoot, 'content');

export interface ContentFile {
  id: string;
  data: Record<string, unknown> & { title: string };
  body: string;
}

export function contentFiles(folder: string): ContentFile[] {
  return readdirSync(join(contentDir, folder))
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => {
      const raw = readFileSync(join(contentDir, folder, file), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(raw);
      if (!match) throw new Error(`${folder}/${file} has no frontmatter`);
      return { id: file.replace(/\.md$/, ''), data: parse(match[1]!), body: match[2]! };
    });
}
