import { execFileSync } from 'node:child_process';

/**
 * When each file was last changed, from git: one `git log` for the whole content folder rather
 * than one per page. Outside a git checkout (a downloaded archive, a build image without git)
 * there are simply no dates; nothing fails. In a shallow clone every file has the date of the
 * newest commit, so deployments should fetch the history.
 */
export function lastCommitDates(folder: string, cwd = process.cwd()): Map<string, Date> {
  const dates = new Map<string, Date>();
  let log: string;
  try {
    log = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--no-renames', '--', folder], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return dates;
  }
  // Newest commit first: the first date seen for a file is its last change.
  for (const commit of log.split('\0').slice(1)) {
    const [date = '', ...files] = commit.split('\n');
    const when = new Date(date.trim());
    if (Number.isNaN(when.getTime())) continue;
    for (const file of files.map((f) => f.trim()).filter(Boolean)) if (!dates.has(file)) dates.set(file, when);
  }
  return dates;
}
