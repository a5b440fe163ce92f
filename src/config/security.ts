import { statistics } from './statistics.ts';

/*
 * The Content-Security-Policy, one list for both places it is delivered: the <meta> element of
 * every page (works on any host) and the _headers file (for hosts that read one, which can also
 * send what a <meta> cannot: frame-ancestors and the other headers). The site has no inline
 * script or style at all, so no hashes, no nonces and no 'unsafe-inline'.
 */

/** The statistics service's origin, allowed only when one is configured. */
const trackerOrigin = statistics ? new URL(statistics.trackerUrl).origin : '';
const withTracker = (...sources: string[]) => [...sources, trackerOrigin].filter(Boolean).join(' ');

export const contentSecurityPolicy: string[] = [
  "default-src 'self'",
  // Pagefind searches with WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
  `script-src ${withTracker("'self'", "'wasm-unsafe-eval'")}`,
  "style-src 'self'",
  `img-src ${withTracker("'self'", 'data:')}`,
  `connect-src ${withTracker("'self'")}`,
  "font-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** What a link to another site tells it of the page it came from: the site's address, not the page's. */
export const referrerPolicy = 'strict-origin-when-cross-origin';

/**
 * Headers for hosts that read a _headers file (Netlify, Cloudflare Pages and others). What a
 * <meta> element can say (the policy without frame-ancestors, the referrer policy) every page
 * says itself, so that a host that sends no headers, such as GitHub Pages, still applies it.
 */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': [...contentSecurityPolicy, "frame-ancestors 'none'"].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': referrerPolicy,
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
};
