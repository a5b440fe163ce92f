/*
 * The search page: Pagefind's own components do the searching; this connects them to the site.
 * The interface text comes from the site's dictionary (Pagefind knows no Meänkieli), and the
 * query lives in the address (?q=), so a search can be shared, bookmarked and reloaded.
 */
import { searchRanking } from '../config/search.ts';

interface PagefindInstance {
  applyOptions(options: { ranking: Record<string, number> }): void;
  setTranslations(strings: Record<string, string>): void;
  triggerSearch(term: string): void;
  on(event: 'search', handler: (term: string) => void): void;
}
declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name?: string): PagefindInstance } };
  }
}

const root = document.querySelector<HTMLElement>('[data-search]');
const components = window.PagefindComponents;
if (root && components) {
  // Search works: the words for readers without JavaScript can go.
  document.querySelector<HTMLElement>('[data-search-without-script]')!.hidden = true;
  const instance = components.getInstanceManager().getInstance('default');
  instance.applyOptions({ ranking: { ...searchRanking } });
  instance.setTranslations(JSON.parse(root.dataset.translations ?? '{}'));
  instance.on('search', (term) => {
    const url = new URL(location.href);
    if (term) url.searchParams.set('q', term);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
  });
  const query = new URLSearchParams(location.search).get('q');
  if (query) instance.triggerSearch(query);
}
