import { collectionFolders, collectionNames, contentRoot, idPattern, requiredPages, translationsFolder, type CollectionName } from '../config/content.ts';
import { easyToRead, translationLanguages } from '../config/languages.ts';
import { didYouMean as suggestion } from './closest.ts';
import type { ContentSet, SourceEntry } from './content-types.ts';
import { fileLine } from './frontmatter.ts';
import type { ContentIssue } from './issues.ts';
import { lintEasyToRead } from './easy-to-read-lint.ts';
import { lintMdx, markdownOf } from './mdx.ts';
import { avoidedTerms, wrongTerms, type AvoidedTerm } from './terminology.ts';
import { lintMarkdown } from './markdown-lint.ts';
import { findPlaceholders, isPlaceholderName, placeholderNames } from './placeholders.ts';
import { collectionRouteKinds, ownPageSegments, reservedSegments, sitePaths, type OwnPageKind, type Route } from './routes.ts';

/*
 * The rules that no single file's schema can check: references between entries, order among
 * siblings, translations that point at a source, placeholders in text, and the rules for the text
 * itself (markdown-lint.ts), whose links must lead to pages the content makes. The schemas check
 * each file's own fields when Astro loads it; these run on the whole content before any page is
 * made, in the build (load.ts) and in `npm run check` (scripts/check-content.ts).
 */

interface Ref {
  id: string;
}

/** A file name as an address writes it: "Fler Bostäder" → "fler-bostader". */
export function addressOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
const quote = (value: string) => `"${value}"`;

/** The field of a problem in an entry's text: its line in the file, or in the body when the file is unknown. */
function textField(line: number | undefined, bodyLine: number): string {
  return line === undefined ? `text, line ${bodyLine} after the frontmatter` : `text, line ${line}`;
}

export interface ValidateOptions {
  /** Reads a content file, so that problems in the text can be given with the file's line number. */
  readSource?: (file: string) => string | undefined;
}

export function validateContent(content: ContentSet, options: ValidateOptions = {}): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const file = (entry: { filePath?: string | undefined; id: string }) => entry.filePath ?? entry.id;

  const ids = {
    goalAreas: content.goalAreas.map((e) => e.id),
    goals: content.goals.map((e) => e.id),
    developmentAreas: content.developmentAreas.map((e) => e.id),
    initiatives: content.initiatives.map((e) => e.id),
  };
  const organisationKind = new Map(content.organisations.map((e) => [e.id, e.data.kind]));
  const boards = content.organisations.filter((e) => e.data.kind === 'board').map((e) => e.id);
  const administrations = content.organisations.filter((e) => e.data.kind === 'administration').map((e) => e.id);

  function checkRef(
    entry: { filePath?: string | undefined; id: string },
    field: string,
    ref: Ref,
    known: readonly string[],
    what: string,
    folder: string,
  ) {
    if (!known.includes(ref.id)) {
      issues.push({
        file: file(entry),
        field,
        message: `found ${quote(ref.id)}, expected the id of ${what} (the name of a file in the folder ${folder}/, without .md).${suggestion(ref.id, known)}`,
      });
    }
  }

  function checkOrganisation(entry: { filePath?: string | undefined; id: string }, field: string, ref: Ref, kind: 'board' | 'administration') {
    const known = kind === 'board' ? boards : administrations;
    const what = kind === 'board' ? 'a board (nämnd or styrelse)' : 'an administration (förvaltning)';
    const actual = organisationKind.get(ref.id);
    if (actual === undefined) {
      checkRef(entry, field, ref, known, what, collectionFolders.organisations);
    } else if (actual !== kind) {
      issues.push({
        file: file(entry),
        field,
        message: `found ${quote(ref.id)}, which is ${actual === 'board' ? 'a board' : 'an administration'}; expected ${what}.${suggestion(ref.id, known)}`,
      });
    }
  }

  function checkUniqueOrder<T extends { id: string; filePath?: string | undefined; data: { order: number } }>(
    entries: T[],
    parentOf: (entry: T) => string,
    siblings: string,
  ) {
    const seen = new Map<string, T>();
    // In file-name order, whatever order the files were loaded in: the later file is the one
    // named, the same in every build.
    for (const entry of [...entries].sort((a, b) => file(a).localeCompare(file(b)))) {
      const key = `${parentOf(entry)}\u0000${entry.data.order}`;
      const other = seen.get(key);
      if (other) {
        issues.push({
          file: file(entry),
          field: 'order',
          message: `found ${entry.data.order}, which ${file(other)} already has; expected an order no other ${siblings} has.`,
        });
      } else {
        seen.set(key, entry);
      }
    }
  }

  // File names are ids and addresses: keep them to what a URL shows without escaping.
  const sources: SourceEntry[] = collectionNames.flatMap((name): SourceEntry[] => content[name]);
  for (const entry of sources) {
    if (!idPattern.test(entry.id)) {
      issues.push({
        file: file(entry),
        field: 'file name',
        message: `found ${quote(entry.id)}, expected lower-case letters a–z, digits and single hyphens (no å, ä, ö or spaces): rename the file to "${addressOf(entry.id)}${file(entry).endsWith(".mdx") ? ".mdx" : ".md"}".`,
      });
    }
  }

  for (const [role, id] of Object.entries(requiredPages)) {
    if (!content.pages.some((page) => page.id === id)) {
      issues.push({
        file: `${contentRoot}/${collectionFolders.pages}/${id}.md`,
        field: 'file',
        message: `the file is missing; the site needs it as its ${role === 'home' ? 'start page text' : `${role} page`}.`,
      });
    }
  }
  for (const page of content.pages) {
    if (reservedSegments.includes(page.id)) {
      issues.push({
        file: file(page),
        field: 'file name',
        message: `found ${quote(page.id)}, which is the address of another part of the site; expected a name other than ${reservedSegments.map(quote).join(', ')}.`,
      });
    }
  }

  for (const goal of content.goals) checkRef(goal, 'area', goal.data.area, ids.goalAreas, 'a goal area', collectionFolders.goalAreas);
  for (const organisation of content.organisations) {
    if (organisation.data.board) checkOrganisation(organisation, 'board', organisation.data.board, 'board');
    if (organisation.data.kind === 'board' && organisation.data.board) {
      issues.push({
        file: file(organisation),
        field: 'board',
        message: `found ${quote(organisation.data.board.id)}, but this is a board (kind: board), and a board does not belong to another board; expected no "board" field here.`,
      });
    }
  }
  for (const developmentArea of content.developmentAreas) {
    developmentArea.data.goals.forEach((goal, i) => checkRef(developmentArea, `goals[${i}]`, goal, ids.goals, 'a goal', collectionFolders.goals));
    checkOrganisation(developmentArea, 'board', developmentArea.data.board, 'board');
  }
  for (const activity of content.activities) {
    checkRef(activity, 'developmentArea', activity.data.developmentArea, ids.developmentAreas, 'a development area', collectionFolders.developmentAreas);
    checkOrganisation(activity, 'administration', activity.data.administration, 'administration');
  }
  for (const indicator of content.indicators) {
    indicator.data.goals.forEach((goal, i) => checkRef(indicator, `goals[${i}]`, goal, ids.goals, 'a goal', collectionFolders.goals));
  }
  for (const initiative of content.initiatives) {
    initiative.data.goalAreas.forEach((area, i) => checkRef(initiative, `goalAreas[${i}]`, area, ids.goalAreas, 'a goal area', collectionFolders.goalAreas));
    if (initiative.data.partOf) {
      checkRef(initiative, 'partOf', initiative.data.partOf, ids.initiatives, 'an initiative', collectionFolders.initiatives);
      if (initiative.data.partOf.id === initiative.id) {
        issues.push({
          file: file(initiative),
          field: 'partOf',
          message: `found ${quote(initiative.id)}, the initiative's own file name; an initiative cannot be a part of itself. Expected the file name of another initiative.`,
        });
      }
    }
  }

  checkUniqueOrder(content.goalAreas, () => '', 'goal area');
  checkUniqueOrder(content.goals, (goal) => goal.data.area.id, 'goal in the same goal area');
  checkUniqueOrder(content.activities, (activity) => activity.data.developmentArea.id, 'activity in the same development area');
  checkUniqueOrder(content.initiatives, (initiative) => initiative.data.partOf?.id ?? '', 'part of the same initiative');

  // Translations: `<language>/<collection folder>/<id>`.
  const folders = Object.values(collectionFolders) as string[];
  const sourceIds = new Map<string, string[]>(
    (Object.entries(collectionFolders) as [CollectionName, string][]).map(([collection, folder]) => [
      folder,
      content[collection].map((e) => e.id),
    ]),
  );
  const translatable = translationLanguages;
  for (const translation of content.translations) {
    const [lang = '', folder = '', ...rest] = translation.id.split('/');
    const id = rest.join('/');
    if (!translatable.includes(lang)) {
      issues.push({
        file: file(translation),
        field: 'language (folder name)',
        message: `found ${quote(lang)}, expected one of the languages translated into: ${translatable.map(quote).join(', ')}.${suggestion(lang, translatable)}`,
      });
      continue;
    }
    if (!folders.includes(folder) || rest.length !== 1) {
      issues.push({
        file: file(translation),
        field: 'collection (folder name)',
        message: `expected a file at translations/${lang}/<folder>/<id>.md where <folder> is one of ${folders.map(quote).join(', ')}.${suggestion(folder, folders)}`,
      });
      continue;
    }
    const known = sourceIds.get(folder) ?? [];
    if (!known.includes(id)) {
      issues.push({
        file: file(translation),
        field: 'file name',
        message: `found ${quote(id)}, expected the file name of the Swedish entry it translates in ${contentRoot}/${folder}/.${suggestion(id, known)}`,
      });
    }
  }

  // Lättläst pages start from the Lättläst start page, which says what they are and links them all.
  const easyToReadTexts = content.translations.filter((translation) => translation.id.startsWith(`${easyToRead.code}/`));
  const easyToReadStart = `${easyToRead.code}/${collectionFolders.pages}/${requiredPages.home}`;
  if (easyToReadTexts.length > 0 && !easyToReadTexts.some((translation) => translation.id === easyToReadStart)) {
    issues.push({
      file: `${contentRoot}/${translationsFolder}/${easyToReadStart}.md`,
      field: 'file',
      message: `the file is missing; expected the Lättläst start page, since ${easyToReadTexts[0]!.filePath ?? 'another Lättläst text'} and ${easyToReadTexts.length === 1 ? 'no other' : 'other'} Lättläst texts need a start page that explains what they are.`,
    });
  }

  // Placeholders such as {antal mål} must be ones the build knows.
  const sourceTexts = new Map<string, string | undefined>();
  const readSource = (entry: { filePath?: string | undefined }) => {
    if (!entry.filePath || !options.readSource) return undefined;
    if (!sourceTexts.has(entry.filePath)) sourceTexts.set(entry.filePath, options.readSource(entry.filePath));
    return sourceTexts.get(entry.filePath);
  };
  for (const entry of [...sources, ...content.translations]) {
    const body = entry.body ?? '';
    for (const placeholder of findPlaceholders(body)) {
      if (!isPlaceholderName(placeholder.name)) {
        issues.push({
          file: file(entry),
          field: textField(fileLine(readSource(entry), body, placeholder.line), placeholder.line),
          message: `found the placeholder {${placeholder.name}}, expected one of ${placeholderNames.map((n) => `{${n}}`).join(', ')}.${suggestion(placeholder.name, placeholderNames)}`,
        });
      }
    }
  }

  // The text itself: no scripts or embedded pages, images with alt text, headings in order, and
  // links to pages of this site that exist (in any language).
  const routes: Route[] = [
    { kind: 'home' },
    ...(Object.keys(ownPageSegments) as OwnPageKind[]).map((kind) => ({ kind })),
    ...(Object.keys(collectionRouteKinds) as (keyof typeof collectionRouteKinds)[]).flatMap((collection) => {
      const kind = collectionRouteKinds[collection];
      return kind ? content[collection].map((entry) => ({ kind, id: entry.id })) : [];
    }),
  ];
  const paths = sitePaths(routes);
  // In an .mdx text, first what MDX adds (mdx.ts: no code, the site's components only, entries
  // that exist); then the Markdown around the components, by the same rules as any text.
  const mdxIds = { indicators: content.indicators.map((e) => e.id), goalAreas: ids.goalAreas };
  for (const entry of [...sources, ...content.translations]) {
    if (!entry.body) continue;
    const source = readSource(entry);
    const mdx = file(entry).endsWith('.mdx');
    if (mdx) {
      for (const problem of lintMdx(entry.body, mdxIds)) {
        issues.push({ file: file(entry), field: textField(fileLine(source, entry.body, problem.bodyLine), problem.bodyLine), message: problem.message });
      }
    }
    // The blanked-out text of an .mdx file is not in the file as such: its lines are counted from the file's own text.
    const problems = mdx ? lintMarkdown(markdownOf(entry.body), { sitePaths: paths }) : lintMarkdown(entry.body, { source, sitePaths: paths });
    for (const problem of problems) {
      const line = mdx ? fileLine(source, entry.body, problem.bodyLine) : problem.line;
      issues.push({ file: file(entry), field: textField(line, problem.bodyLine), message: problem.message });
    }
  }

  return issues;
}

/**
 * What a writer should look at but may keep: sentences and words longer than easy-to-read
 * guidance advises in Lättläst texts, and terms a language's terminology list says to avoid in
 * translations. Printed by the build and by `npm run check`; nothing stops on them.
 */
export function contentWarnings(content: Pick<ContentSet, 'translations'>, options: ValidateOptions = {}): ContentIssue[] {
  const warnings: ContentIssue[] = [];
  const terms = new Map<string, AvoidedTerm[]>();
  for (const translation of content.translations) {
    const lang = translation.id.split('/')[0]!;
    const file = translation.filePath ?? translation.id;
    const body = translation.body ?? '';
    const source = translation.filePath && options.readSource ? options.readSource(translation.filePath) : undefined;
    if (lang === easyToRead.code) {
      for (const note of lintEasyToRead(body)) warnings.push({ file, field: textField(fileLine(source, body, note.bodyLine), note.bodyLine), message: note.message });
      continue;
    }
    if (!terms.has(lang)) terms.set(lang, avoidedTerms(lang));
    const text = source ?? body;
    for (const { line, term } of wrongTerms(text, terms.get(lang)!)) {
      warnings.push({ file, field: source ? `line ${line}` : textField(undefined, line), message: `found "${term.wrong}"; the ${lang} terminology list (src/i18n/terminology/${lang}.yml) says "${term.use}": ${term.why}.` });
    }
  }
  return warnings;
}
