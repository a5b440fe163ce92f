/**
 * Visitor statistics, if the municipality uses any. Nothing here is loaded or stored until a
 * reader consents (LEK 2022:482, 9 kap. 28 §). Set `trackerUrl` (or MALBILD_STATISTICS_URL) to a
 * Matomo installation; leave it empty and no statistics are collected, though readers are still
 * asked, as long as cookies are declared. Declare no cookies to have no notice at all.
 */

/** How long something is kept, in the unit a reader would expect to read it in. */
export type Lifetime = { months: number } | { days: number } | { minutes: number };

export interface CookieDeclaration {
  /** The cookie's or storage entry's name as the browser shows it (`*` for the parts that vary). */
  name: string;
  kind: 'cookie' | 'localStorage' | 'sessionStorage';
  /** What it is for: a key into the dictionaries' `cookies.purposes`. */
  purpose: 'visitor' | 'session' | 'consent';
  lifetime: Lifetime;
  /** Set by this site (first party) or by another host (third party). */
  party: 'first' | 'third';
  /** Necessary cookies need no consent; statistics cookies do. */
  category: 'necessary' | 'statistics';
}

/** The reader's choice, kept in a necessary cookie for at most twelve months. */
export const consentCookie = { name: 'malbild_statistik', maxAgeDays: 365 } as const;

export const statistics = {
  service: 'matomo' as const,
  trackerUrl: process.env.MALBILD_STATISTICS_URL ?? '',
  siteId: process.env.MALBILD_STATISTICS_SITE_ID ?? '1',
  cookies: [
    { name: '_pk_id.*', kind: 'cookie', purpose: 'visitor', lifetime: { months: 13 }, party: 'first', category: 'statistics' },
    { name: '_pk_ses.*', kind: 'cookie', purpose: 'session', lifetime: { minutes: 30 }, party: 'first', category: 'statistics' },
    { name: consentCookie.name, kind: 'cookie', purpose: 'consent', lifetime: { months: 12 }, party: 'first', category: 'necessary' },
  ] satisfies CookieDeclaration[] as CookieDeclaration[],
};

/** Whether the site asks for consent at all: only when it declares statistics cookies. */
export const statisticsDeclared = statistics.cookies.some((cookie) => cookie.category === 'statistics');
