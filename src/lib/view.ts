import { language, languages, sourceLang, type Lang } from '../config/languages.ts';
import { countText, formatList, formatNumber, ui, type Dictionary } from '../i18n/index.ts';
import type { Plural } from '../i18n/format.ts';
import type { SourceEntry } from './content-types.ts';
import { localize, type LocalizedText } from './localize.ts';
import type { Model } from './model.ts';
import { fillPlaceholders, type PlaceholderName } from './placeholders.ts';
import { rebaseLinks } from './rebase.ts';
import { collectionRouteKinds, localizedPath, type Route } from './routes.ts';
import { settings } from './settings.ts';

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
  /** The municipality's name in the page's language. */
  municipality: string;
  text(entry: SourceEntry): LocalizedText;
  href(route: Route): string;
  /** The `lang` attribute an element needs when its text is not in the page's language. */
  langAttr(text: { lang: Lang }): string | undefined;
  /** The `dir` attribute it needs when that language is written the other way (Swedish on an Arabic page). */
  dirAttr(text: { lang: Lang }): 'ltr' | 'rtl' | undefined;
  /** The languages in which an entry has real text (its source, or a translation). */
  languagesOf(entry: SourceEntry): Lang[];
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /**
   * A count of entries in words ("18 övergripande mål"), marked after the words when any of them
   * is an example rather than fact ("18 övergripande mål (exempel)").
   */
  count(entries: { data: { illustrative: boolean } }[], words: Plural): string;
  /** Items as a list in running text ("a, b och c"). */
  list(items: string[]): string;
  /** The entry's rendered text with numbers and lists from the content filled in. */
  html(text: LocalizedText): string;
  /** Rendered HTML of a text in a language, with numbers and lists filled in and links from the site's root rebased. */
  htmlIn(html: string, lang: Lang): string;
}

export function createView(model: Model, lang: Lang): View {
  const t = ui(lang);
  const view: View = {
    lang,
    t,
    model,
    municipality: settings().municipality.name[lang] ?? settings().municipality.name[sourceLang]!,
    text: (entry) => localize(entry, lang, model),
    // A page the language does not have is read in Swedish: the link leads there.
    href: (route) => localizedPath(model.hasPage(lang, route) ? lang : sourceLang, route),
    langAttr: (text) => (language(text.lang).lang === language(lang).lang ? undefined : language(text.lang).lang),
    dirAttr: (text) => (language(text.lang).dir === language(lang).dir ? undefined : language(text.lang).dir),
    languagesOf: (entry) => languages.filter((candidate) => localize(entry, candidate, model).lang === candidate),
    number: (value, options) => formatNumber(lang, value, options),
    count(entries, words) {
      const counted = countText(lang, words, entries.length);
      return entries.some((entry) => entry.data.illustrative) ? `${counted} (${t.illustrative.count})` : counted;
    },
    list: (items) => formatList(lang, items),
    html: (text) => view.htmlIn(text.html, text.lang),
    htmlIn: (html, textLang) =>
      rebaseLinks(
        html.includes('{') ? fillPlaceholders(html, placeholderValues(view, textLang === lang ? view : createView(model, textLang))) : html,
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
  const { t } = textView;
  const perArea = model.areas.map((area) => model.goalsOf(area.id).length);
  const min = perArea.length > 0 ? Math.min(...perArea) : 0;
  const max = perArea.length > 0 ? Math.max(...perArea) : 0;
  // A range ("2–4") takes the words of its larger end.
  const range = min === max ? textView.number(min) : `${textView.number(min)}–${textView.number(max)}`;
  const goalsPerArea = countText(textView.lang, t.levels.goal.count, max, { n: range });
  const illustrativeGoals = model.goals.some((goal) => goal.data.illustrative);
  const areaList = model.areas
    .map((area) => {
      const text = view.text(area);
      const lang = view.langAttr(text);
      const dir = view.dirAttr(text);
      return `<li><a href="${view.href({ kind: 'goalArea', id: area.id })}"${lang ? ` lang="${lang}"` : ''}${dir ? ` dir="${dir}"` : ''}>${escapeHtml(text.title)}</a></li>`;
    })
    .join('');
  return {
    'antal målområden': escapeHtml(textView.count(model.areas, t.levels.goalArea.count)),
    'antal mål': escapeHtml(textView.count(model.goals, t.levels.goal.count)),
    'antal mål per målområde': escapeHtml(illustrativeGoals ? `${goalsPerArea} (${t.illustrative.count})` : goalsPerArea),
    'lista målområden': `<ul>${areaList}</ul>`,
  };
}
