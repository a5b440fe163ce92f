import type { Lang } from '../config/languages.ts';

/**
 * Whether each language's interface text (src/i18n/<lang>.ts) has been checked by someone who
 * writes the language. A reviewer sets `reviewed`; until then pages say it is a draft.
 */
export const interfaceTranslation: Record<Lang, 'source' | 'draft' | 'reviewed'> = {
  sv: 'source',
  fit: 'draft',
  fi: 'draft',
  en: 'draft',
};
