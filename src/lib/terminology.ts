import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/*
 * The terminology lists (src/i18n/terminology/<language>.yml) fix one term for each concept of
 * the steering model in each language, and name wrong terms that a reviewer found. A text that
 * uses a wrong term again is pointed out: an error in the interface text that comes with
 * Målbild (tests/unit/terminology.test.ts), a warning in content translations, whose writer
 * decides.
 */

export interface AvoidedTerm {
  wrong: string;
  use: string;
  why: string;
}

/** The lists, from the project (the build, the tests and the commands all run there). */
const folder = 'src/i18n/terminology';

/** The terms a language's list says to avoid (none where the language has no list). */
export function avoidedTerms(lang: string): AvoidedTerm[] {
  const file = join(folder, `${lang}.yml`);
  if (!existsSync(file)) return [];
  return ((parse(readFileSync(file, 'utf8')) as { avoid?: AvoidedTerm[] }).avoid ?? []).filter((term) => term.wrong && term.use);
}

/** The wrong terms in a text, each with its line (1-based); matched at the start of a word, in any case. */
export function wrongTerms(text: string, terms: AvoidedTerm[]): { line: number; term: AvoidedTerm }[] {
  const found: { line: number; term: AvoidedTerm }[] = [];
  text.split('\n').forEach((line, index) => {
    for (const term of terms) {
      const escaped = term.wrong.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (new RegExp(`(^|[^\\p{L}])${escaped}`, 'iu').test(line)) found.push({ line: index + 1, term });
    }
  });
  return found;
}
