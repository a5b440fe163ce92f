import type { AstroIntegration } from 'astro';
import { encodingIssues, loadedContent, markContentChecked } from '../lib/content-check.ts';
import type { ContentSet } from '../lib/content-types.ts';
import { formatIssue } from '../lib/issues.ts';
import { contentWarnings, validateContent } from '../lib/validate.ts';
import { readFileSync, existsSync } from 'node:fs';

/**
 * Checks the whole content after Astro has loaded it and before any page is made: every file's
 * fields against its schema (recorded by the loaders), its encoding, and the rules across files
 * (validate.ts). A problem ends the build with the list of problems as the last thing printed,
 * as `npm run check` does, rather than with a stack trace from the first page that met it.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'malbild:content-check',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const readSource = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
        const { entries, issues: schemaProblems } = loadedContent();
        const all = [...entries.values()].flat();
        const content = Object.fromEntries([...entries].map(([collection, list]) => [collection, list])) as unknown as ContentSet;
        const files = all.map((entry) => entry.filePath).filter((file): file is string => Boolean(file));
        const issues = [
          ...schemaProblems,
          ...encodingIssues(files),
          // The rules across files need every entry in its place: they wait for the files to be right.
          ...(schemaProblems.length === 0 ? validateContent(content, { readSource }) : []),
        ];
        if (issues.length === 0) {
          for (const warning of contentWarnings(content, { readSource })) logger.warn(formatIssue(warning));
          logger.info(`Checked ${all.length} content files.`);
          // The pages' model is built from the same content in this process: it need not check again.
          markContentChecked();
          return;
        }
        const one = issues.length === 1;
        console.error(`\n${issues.map(formatIssue).join('\n')}\n\nThe content has ${issues.length} ${one ? 'problem' : 'problems'}; nothing was built.`);
        process.exit(1);
      },
    },
  };
}
