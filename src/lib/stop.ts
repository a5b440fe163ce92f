import { ContentError, formatIssue } from './issues.ts';
import type { Settings } from './settings.ts';

/**
 * Checks the settings and the interface text before anything is built. A problem ends the
 * process with the list of problems as the last thing printed, the way `npm run check` does:
 * a communicator reading a CI log should not have to look past a stack trace for it. The
 * modules are imported here, not above: they read the settings as they load.
 */
export async function stopOnContentProblems(): Promise<Settings> {
  try {
    const { settings } = await import('./settings.ts');
    const loaded = settings();
    const { interfaceTextIssues } = await import('../i18n/index.ts');
    const issues = interfaceTextIssues();
    if (issues.length > 0) throw new ContentError(issues);
    return loaded;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    const one = error.issues.length === 1;
    console.error(`\n${error.issues.map(formatIssue).join('\n')}\n\nThe content has ${error.issues.length} ${one ? 'problem' : 'problems'}; nothing was built.`);
    process.exit(1);
  }
}
