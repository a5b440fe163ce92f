import { languages, type Lang } from '../config/languages.ts';
import { formatNumber, ui, type Dictionary } from '../i18n/index.ts';
import type { SourceEntry } from './content-types.ts';
import { localize, type LocalizedText } from './localize.ts';
import type { Model } from './model.ts';
import { fillPlaceholders, type PlaceholderName } from './placeholders.ts';
import { rebaseLinks } from './rebase.ts';
import { collectionRouteKinds, localizedPath, type Route } from './routes.ts';

/** The route of an entry's own page, or undefined for entries without one (organisations). */
export function routeOf(entry: SourceEntry): Route | undefined {
  const kind = collectionRouteKinds[entry.collection];
  return kind ? { kind, id: entry.id } : undefined;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * What a page in one language needs to show the model: the interface text, each entry's text
 * in that language (or Swedish), and addresses in that language.
 */
export interface View {
  lang: Lang;
  t: Dictionary;
  model: Model;
  text(entry: SourceEntry): LocalizedText;
  href(route: Route): string;
  /** The `lang` attribute an element needs when its text is not in the page's language. */
  langAttr(text: LocalizedText): Lang | undefined;
  /** The languages in which an entry has real text (its source, or a translation). */
  languagesOf(entry: SourceEntry): Lang[];
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /**
   * A count of entries in a phrase ("18 övergripande mål"), marked when any of them is an example
   * rather than fact. Without a phrase, the number alone (marked the same way).
   */
  count(entries: { data: { illustrative: boolean } }[], phrase?: (n: string) => string): string;
  /** The entry's rendered text with numbers and lists from the content filled in. */
  html(text: LocalizedText): string;
}

export function createView(model: Model, lang: Lang): View {
  const t = ui(lang);
  const view: View = {
    lang,
    t,
    model,
    text: (entry) => localize(entry, lang, model.translations),
    href: (route) => localizedPath(lang, route),
    langAttr: (text) => (text.lang === lang ? undefined : text.lang),
    languagesOf: (entry) => languages.filter((candidate) => localize(entry, candidate, model.translations).lang === candidate),
    number: (value, options) => formatNumber(lang, value, options),
    count(entries, phrase = (n) => n) {
      const counted = phrase(formatNumber(lang, entries.length));
      return entries.some((entry) => entry.data.illustrative) ? `${counted} (${t.illustrative.count})` : counted;
    },
    html: (text) =>
      rebaseLinks(
        text.html.includes('{') ? fillPlaceholders(text.html, placeholderValues(view, text.lang === lang ? view : createView(model, text.lang))) : text.html,
        import.meta.env.BASE_URL,
      ),
  };
  return view;
}

/**
 * Values for the placeholders of a text. Numbers are written in the text's own language (a
 * Swedish text shown on the English site says "exempel"); links lead to the reader's language.
 */
const placeholderCache = new WeakMap<Model, Map<string, Record<PlaceholderName, string>>>();

function placeholderValues(view: View, textView: View): Record<PlaceholderName, string> {
  const { model } = view;
  let cache = placeholderCache.get(model);
  if (!cache) placeholderCache.set(model, (cache = new Map()));
  const key = `${view.lang}|${textView.lang}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const values = computePlaceholderValues(view, textView);
  cache.set(key, values);
  return values;
}

function computePlaceholderValues(view: View, textView: View): Record<PlaceholderName, string> {
  const { model } = view;
  const perArea = model.areas.map((area) => model.goalsOf(area.id).length);
  const min = perArea.length > 0 ? Math.min(...perArea) : 0;
  const max = perArea.length > 0 ? Math.max(...perArea) : 0;
  const goalsPerArea = min === max ? textView.number(min) : `${textView.number(min)}–${textView.number(max)}`;
  const illustrativeGoals = model.goals.some((goal) => goal.data.illustrative);
  const areaList = model.areas
    .map((area) => {
      const text = view.text(area);
      const lang = view.langAttr(text);
      return `<li><a href="${view.href({ kind: 'area', id: area.id })}"${lang ? ` lang="${lang}"` : ''}>${escapeHtml(text.title)}</a></li>`;
    })
    .join('');
  return {
    'antal målområden': escapeHtml(textView.count(model.areas)),
    'antal mål': escapeHtml(textView.count(model.goals)),
    'antal mål per målområde': escapeHtml(illustrativeGoals ? `${goalsPerArea} (${textView.t.illustrative.count})` : goalsPerArea),
    'lista målområden': `<ul>${areaList}</ul>`,
  };
}
