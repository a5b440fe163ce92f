/*
 * Consent to statistics cookies. Until the reader chooses, nothing is stored and no other host is
 * asked for anything. The choice itself is kept in one necessary cookie, for at most a year;
 * accepting loads the configured Matomo tracker, declining (also later, on the cookies page)
 * removes its cookies and never loads it. Without JavaScript none of this runs: no notice, no
 * tracker, nothing stored.
 */
const config = document.querySelector<HTMLElement>('[data-consent]')!.dataset;
const cookieName = config.cookie!;
type Choice = 'yes' | 'no';

const current = (): Choice | undefined => new RegExp(`(?:^|; )${cookieName}=(yes|no)`).exec(document.cookie)?.[1] as Choice | undefined;

let loaded = false;
function loadTracker() {
  const url = config.tracker;
  if (!url || loaded) return;
  loaded = true;
  const queue = ((window as unknown as { _paq: unknown[][] })._paq ??= []);
  queue.push(['setTrackerUrl', `${url}matomo.php`], ['setSiteId', config.site], ['trackPageView'], ['enableLinkTracking']);
  const script = document.createElement('script');
  script.async = true;
  script.src = `${url}matomo.js`;
  document.head.append(script);
}

function forgetTracker() {
  for (const cookie of document.cookie.split('; ')) {
    const key = cookie.split('=')[0]!;
    if (key.startsWith('_pk_')) document.cookie = `${key}=; Max-Age=0; Path=/`;
  }
}

/** Shows, in every place that says so, which choice is in force. */
function show(choice: Choice | undefined) {
  for (const element of document.querySelectorAll<HTMLElement>('[data-consent-shows]')) {
    element.hidden = element.dataset.consentShows !== (choice ?? 'none');
  }
  for (const button of document.querySelectorAll<HTMLElement>('[data-consent-choice]')) {
    button.setAttribute('aria-pressed', String(button.dataset.consentChoice === choice));
  }
}

function choose(choice: Choice, button: HTMLElement) {
  document.cookie = `${cookieName}=${choice}; Max-Age=${Number(config.maxAge) * 86400}; Path=/; SameSite=Lax${location.protocol === 'https:' ? '; Secure' : ''}`;
  if (choice === 'yes') loadTracker();
  else forgetTracker();
  show(choice);
  const notice = button.closest<HTMLElement>('[data-consent-notice]');
  if (notice) {
    notice.querySelector<HTMLElement>('[data-consent-question]')!.hidden = true;
    const confirmation = notice.querySelector<HTMLElement>('[data-consent-confirmation]')!;
    confirmation.hidden = false;
    confirmation.focus();
  }
}

// This page can only say "nothing is stored without JavaScript" until JavaScript runs.
for (const element of document.querySelectorAll<HTMLElement>('[data-consent-without-script]')) element.hidden = true;
const choice = current();
if (choice === 'yes') loadTracker();
show(choice);
for (const button of document.querySelectorAll<HTMLElement>('[data-consent-choice]')) {
  button.addEventListener('click', () => choose(button.dataset.consentChoice as Choice, button));
}
document.querySelector('[data-consent-hide]')?.addEventListener('click', () => {
  // Answered: the page is no longer one that asks (the mark consent-ask.js set before it was drawn).
  document.documentElement.dataset.statisticsQuestion = current() ?? 'ask';
  document.querySelector<HTMLElement>('#main')?.focus();
});
