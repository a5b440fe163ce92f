import { site } from './site.ts';

/**
 * Facts for the accessibility statement (lag 2018:1937; DIGG's requirements). The list of known
 * problems is content: content/accessibility-problems/. Update `assessed` after each review.
 */
export const accessibilityStatement = {
  /** The last time the site was assessed (the automated tests also run at every build). */
  assessed: new Date('2026-11-26'),
  /** Where readers reach the municipality: its own website. */
  contactUrl: 'https://www.overtornea.se/',
  /** Where anyone can report a problem in the open. */
  issuesUrl: `${site.repository.url.replace(/\/$/, '')}/issues`,
  /** DIGG's form for complaints about digital public services. */
  complaintUrl: 'https://www.digg.se/tdosanmalan',
};
