import { settings } from './settings.ts';

/*
 * Links into the repository the content is kept in (settings.ts finds it). Where it is not
 * known there are no such links: a link to a repository nobody has named would lead nowhere.
 */

/** GitHub's editor for a content file (a path from the project root), or undefined. */
export function editUrl(file: string): string | undefined {
  const repository = settings().repository;
  const path = file.replace(/^\.\//, '');
  // Content kept outside the project (MALBILD_CONTENT=../elsewhere) is not in this repository.
  if (!repository || path.startsWith('../') || path.startsWith('/')) return undefined;
  return `${repository.url}/edit/${repository.branch}/${path}`;
}

/** The repository's public issue list, or undefined. */
export function issuesUrl(): string | undefined {
  const repository = settings().repository;
  return repository ? `${repository.url}/issues` : undefined;
}
