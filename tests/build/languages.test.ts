import { describe, expect, it } from 'vitest';
import { nonEmpty, site } from '../support/site.ts';
import { siteNames } from '../support/sites.ts';

/*
 * Pages in the other languages: a real translation reads as such; a page without one shows the
 * Swedish text marked as Swedish, under a notice in the reader's language, with no alternates.
 */

describe.each(siteNames)('pages of the %s site in other languages', (name) => {
  const built = site(name);
  const shown = built
    .pages()
    .map((path) => ({ path, shown: built.entryAt(path) }))
    .filter(({ shown }) => shown && shown.lang !== built.sourceLang);

  it('show a translation, or Swedish under a notice', () => {
    const problems: string[] = [];
    for (const { path, shown: entry } of nonEmpty(shown, 'page in another language')) {
      const { lang, folder } = entry!;
      const document = built.page(path);
      const h1 = document.querySelector('h1')!;
      const notice = document.querySelector('.notice--fallback');
      const swedishPath = built.entryPath(folder, entry!.entry.id);
      if (built.translation(lang, folder, entry!.entry.id)) {
        if (notice) problems.push(`${path}: a fallback notice on a translated page`);
        if (h1.getAttribute('lang')) problems.push(`${path}: h1 marked lang="${h1.getAttribute('lang')}"`);
        const alternateExpected = built.settings.siteUrl && lang !== built.easyToRead;
        if (alternateExpected && !document.querySelector(`link[rel="alternate"][hreflang="${lang}"]`)) problems.push(`${path}: no alternate for itself`);
      } else {
        if (!notice) problems.push(`${path}: no fallback notice`);
        else {
          if (notice.closest('[lang]')?.getAttribute('lang') !== lang) problems.push(`${path}: the notice is not in ${lang}`);
          if (notice.querySelector('a')?.getAttribute('href') !== swedishPath) problems.push(`${path}: the notice does not lead to ${swedishPath}`);
        }
        if (h1.getAttribute('lang') !== 'sv') problems.push(`${path}: the Swedish h1 is not marked lang="sv"`);
        if (document.querySelector('link[rel="alternate"]')) problems.push(`${path}: alternates on a fallback page`);
      }
    }
    expect(problems).toEqual([]);
  });
});
