import { sourceHash, type TranslatableText } from './translation-hash.ts';

/**
 * Where a translation stands:
 * - `translated`: reviewed, and made from the current Swedish text;
 * - `draft`: made from the current Swedish text, not yet reviewed;
 * - `outdated`: the Swedish text has changed since (or the translation never said which text it
 *   was made from), reviewed or not;
 * - `missing`: no translation; the Swedish text is shown.
 */
export type TranslationStatus = 'translated' | 'draft' | 'outdated' | 'missing';
export const translationStatuses: readonly TranslationStatus[] = ['translated', 'draft', 'outdated', 'missing'];

export interface TranslationFacts {
  sourceHash?: string | undefined;
  status: 'draft' | 'reviewed';
}

export function translationStatus(source: TranslatableText, translation: TranslationFacts | undefined): TranslationStatus {
  return statusAgainst(sourceHash(source), translation);
}

/** The same, given the fingerprint of the current Swedish text (computed once by the caller). */
export function statusAgainst(currentHash: string, translation: TranslationFacts | undefined): TranslationStatus {
  if (!translation) return 'missing';
  if (translation.sourceHash !== currentHash) return 'outdated';
  return translation.status === 'reviewed' ? 'translated' : 'draft';
}
