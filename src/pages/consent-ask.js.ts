import type { APIRoute } from 'astro';
import { consentCookie } from '../config/statistics.ts';

/*
 * Runs in <head>, before the page is drawn (where the site collects statistics): it marks the
 * page for a reader who has not answered the statistics question yet, so that the question is
 * part of the page from the first paint and pushes nothing down when it appears. Without
 * JavaScript nothing is marked and nothing asked: nothing could be stored either.
 */
export const GET: APIRoute = () =>
  new Response(
    `document.documentElement.dataset.statisticsQuestion=(/(?:^|; )${consentCookie.name}=(yes|no)(?:;|$)/.exec(document.cookie)||[])[1]||'ask';\n`,
    { headers: { 'content-type': 'text/javascript; charset=utf-8' } },
  );
