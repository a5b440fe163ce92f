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

/**
 * The editor's policy, for /admin/ alone: Sveltia CMS, bundled from its npm package and served by
 * the site itself (src/integrations/editor-build.ts). It allows what the editor needs and no
 * more; the pages' policy above stays as it is, and no page loads the editor. Signing in with
 * GitHub opens the sign-in service (settings `editor.signIn`) in a window of its own, which this
 * policy does not govern; the token comes back by postMessage, so no origin is named for it.
 */
export const editorContentSecurityPolicy: string[] = [
  "default-src 'self'",
  "script-src 'self'",
  // Svelte puts the styles of each part of the editor in a <style> element as it draws it.
  "style-src 'self' 'unsafe-inline'",
  // The signed-in person's GitHub picture; the logo, which the editor redraws into blob: and
  // data: URLs.
  "img-src 'self' data: blob: https://avatars.githubusercontent.com",
  // The fonts are in the editor's bundle.
  'font-src data:',
  // Everything after sign-in goes through GitHub's API. The editor reads its built-in logo (a
  // data: URL) before its configuration names ours, and its check of GitHub's status page is a
  // data: URL in the bundle (integrations/editor-build.ts). Nothing else: the app manifest it
  // offers in a blob: URL is refused, and the editor does not need it to work.
  "connect-src 'self' data: https://api.github.com",
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

/** What /admin/ is sent in place of the pages' headers: its own policy, still in no frame. */
export const editorSecurityHeaders: Record<string, string> = {
  'Content-Security-Policy': [...editorContentSecurityPolicy, "frame-ancestors 'none'"].join('; '),
};
