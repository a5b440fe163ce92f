import { settings } from '../lib/settings.ts';

/**
 * Visitor statistics, if the municipality uses any: a Matomo installation named in the settings
 * (content/settings.yml, `statistics`) or MALBILD_STATISTICS_URL. Without one nothing is counted,
 * nothing is stored and nobody is asked. With one, nothing is loaded or stored until a reader
 * consents (LEK 2022:482, 9 kap. 28 §). What Matomo stores is code, declared here.
 */

/** How long something is kept, in the unit a reader would expect to read it in. */
export type Lifetime = { months: number } | { days: number } | { minutes: number };

export interface CookieDeclaration {
  /** The cookie's or storage entry's name as the browser shows it (`*` for the parts that vary). */
  name: string;
  /** Where the browser keeps it. */
  storage: 'cookie' | 'localStorage' | 'sessionStorage';
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

/** The statistics service, or undefined when the site collects none. */
export const statistics = settings().statistics;

/** What Matomo stores, and the reader's choice about it. */
export const matomoCookies: CookieDeclaration[] = [
  { name: '_pk_id.*', storage: 'cookie', purpose: 'visitor', lifetime: { months: 13 }, party: 'first', category: 'statistics' },
  { name: '_pk_ses.*', storage: 'cookie', purpose: 'session', lifetime: { minutes: 30 }, party: 'first', category: 'statistics' },
  { name: consentCookie.name, storage: 'cookie', purpose: 'consent', lifetime: { months: 12 }, party: 'first', category: 'necessary' },
];

/** Everything the site may store in a reader's browser: only with a statistics service, and only after consent. */
export const cookies: CookieDeclaration[] = statistics ? matomoCookies : [];
