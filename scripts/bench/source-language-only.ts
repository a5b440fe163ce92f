/*
 * A site's settings narrowed to its source language (the first it lists): every other language
 * and every word given for one (names, level words) taken out, comments kept. The floor
 * comparison (against-floor.sh) builds the generated pages in one language, as the floor does.
 *
 *   node --experimental-strip-types scripts/bench/source-language-only.ts <content>/settings.yml
 *
 * Runs on Node's type stripping: erasable TypeScript only.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';

export function sourceLanguageOnly(text: string): string {
  const doc = parseDocument(text);
  const languages = doc.get('languages');
  if (!isSeq(languages) || languages.items.length === 0) throw new Error('the settings list no languages');
  const others = new Set(languages.items.slice(1).map((item) => (isMap(item) ? String(item.get('code')) : '')));
  languages.items.splice(1);
  visit(doc, {
    Pair: (_, pair) => (isScalar(pair.key) && others.has(String(pair.key.value)) ? visit.REMOVE : undefined),
  });
  return doc.toString();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: source-language-only.ts <settings.yml>');
    process.exit(2);
  }
  writeFileSync(file, sourceLanguageOnly(readFileSync(file, 'utf8')));
}
