import type { CmsConfig, CollectionDivider, EntryCollection, FileCollection, MarkdownField } from '@sveltia/cms';
import { z } from 'astro/zod';
import { collectionFolders, collectionNames, idPattern, translationsFolder, type CollectionName } from '../../config/content.ts';
import { collectionSchemas, translationSchema } from '../../schemas/content.ts';
import { settingsSchema } from '../../schemas/settings.ts';
import { settingsFileName } from '../settings.ts';
import { formOf } from './fields.ts';
import type { CollectionLabel } from './labels.ts';

/*
 * The configuration of the editor at /admin/ (Sveltia CMS), made from the content model and the
 * site's settings, never written by hand: every collection and field of the schemas, in the
 * folders and under the file names the build reads. Pure: what it needs of the site comes in as
 * an EditorSite (site.ts gathers it in the build; the tests give their own).
 *
 * Changes are saved as pull requests (editorial workflow), never straight to the published
 * branch, and nobody publishes from the editor: a reviewer merges on GitHub once the checks pass.
 */

export interface EditorSite {
  /** The repository on GitHub and the branch the site is published from. */
  repository: { url: string; branch: string };
  /** The sign-in service (sveltia-cms-auth) for signing in with GitHub, if there is one. */
  signIn: string | undefined;
  /** The site's base path, with its slashes ("/" or "/malbild/"). */
  base: string;
  /** The address the site is published at, if known. */
  siteUrl: string | undefined;
  /** The municipality's name in Swedish. */
  municipality: string;
  /** The content folder, relative to the repository's root. */
  contentRoot: string;
  /** The languages other than Swedish: their codes and their names in themselves. */
  translations: { code: string; name: string }[];
  labels: Record<CollectionName, CollectionLabel>;
  /** The ids of the Swedish entries, by collection: the file names translations take. */
  ids: Record<CollectionName, string[]>;
  /**
   * The ids of the entries written as .mdx (lib/mdx.ts), by collection. The editor reads and
   * writes Markdown only and knows nothing of the components, so these are not in it.
   */
  mdx?: Partial<Record<CollectionName, string[]>>;
}

/** Where a collection has .mdx entries: which, and where they are edited instead. */
function mdxNote(site: EditorSite, collection: CollectionName): string | undefined {
  const ids = site.mdx?.[collection] ?? [];
  if (ids.length === 0) return undefined;
  return `${ids.map((id) => `${id}.mdx`).join(', ')} har diagram eller mållistor i texten och finns inte här: ändra ${ids.length === 1 ? 'den' : 'dem'} på GitHub (CONTRIBUTING.md, avsnitt 8a). Det gäller också ${ids.length === 1 ? 'dess översättningar' : 'deras översättningar'}.`;
}

/** The collections of source entries, in the order of the steering model. */
export const sourceCollections = collectionNames;

/** The editor's name for the translations of a collection into a language. */
export const translationCollectionName = (lang: string, collection: CollectionName) => `${lang}-${collection}`;

/** The Swedish entry's field a translated text translates: offered only where the entry has it. */
const translates: Record<string, string> = { summary: 'summary', editorialNote: 'editorialNote', assessmentReason: 'assessment' };

const idRule = 'Små bokstäver a–z, siffror och enstaka bindestreck, utan å, ä, ö och mellanslag, till exempel fler-bostader.';

/** The text under the frontmatter, with the tools the content rules allow: headings from level 2, no pictures. */
const body: MarkdownField = {
  name: 'body',
  label: 'Text',
  widget: 'markdown',
  required: false,
  hint: 'Mellanrubriker börjar på nivå 2. Bilder kan inte läggas in i texten.',
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'heading-four', 'bulleted-list', 'numbered-list', 'quote'],
  editor_components: [],
  // "# " at the start of a line would make a level-1 heading, which the content rules refuse.
  use_markdown_shortcuts: false,
};

const shapeOf = (schema: z.core.$ZodType) => (schema._zod.def as z.core.$ZodObjectDef).shape;

/** "owner/name" of a repository's address on GitHub. */
export function repoOf(url: string): string {
  return new URL(url).pathname.replace(/^\/|\/$/g, '').replace(/\.git$/, '');
}

function swedishNameOf(code: string, endonym: string): string {
  try {
    const name = new Intl.DisplayNames(['sv'], { type: 'language', fallback: 'none' }).of(code);
    return name ?? endonym;
  } catch {
    return endonym;
  }
}

function sourceCollection(site: EditorSite, collection: CollectionName): EntryCollection {
  const { plural, singular } = site.labels[collection];
  return {
    name: collection,
    label: plural,
    label_singular: singular,
    ...(mdxNote(site, collection) ? { description: mdxNote(site, collection) } : {}),
    folder: `${site.contentRoot}/${collectionFolders[collection]}`,
    extension: 'md',
    format: 'yaml-frontmatter',
    identifier_field: 'title',
    // The file name is the entry's id and address: made from the title, editable when the entry
    // is new, never after (every reference and link to it would break).
    slug: {
      template: '{{title}}',
      editable: ['create'],
      pattern: [idPattern.source, idRule],
      hint: `Filnamnet blir sidans adress. ${idRule}`,
    },
    publish: false,
    fields: [...formOf(collectionSchemas[collection]).fields, body],
  };
}

function translationCollection(site: EditorSite, language: { code: string; name: string }, collection: CollectionName): EntryCollection {
  const source = shapeOf(collectionSchemas[collection]);
  const ids = site.ids[collection];
  const fields = formOf(translationSchema).fields.filter((field) => !(field.name in translates) || translates[field.name]! in source);
  const languageName = swedishNameOf(language.code, language.name);
  return {
    name: translationCollectionName(language.code, collection),
    label: `${site.labels[collection].plural} – ${languageName}`,
    label_singular: `${site.labels[collection].singular} – ${languageName}`,
    description: [`Översättningar till ${languageName}. En översättning har samma filnamn som den svenska texten, och bara text: allt annat står i den svenska filen.`, mdxNote(site, collection)].filter(Boolean).join(' '),
    folder: `${site.contentRoot}/${translationsFolder}/${language.code}/${collectionFolders[collection]}`,
    extension: 'md',
    format: 'yaml-frontmatter',
    identifier_field: 'title',
    // A translation is found by its Swedish entry's file name, so only those names are taken.
    slug: {
      editable: ['create'],
      pattern: [`^(?:${ids.join('|')})$`, `Skriv filnamnet på den svenska texten som översätts (utan .md), till exempel ${ids[0]}.`],
      hint: 'Samma filnamn som den svenska texten har.',
    },
    publish: false,
    fields: [...fields, body],
  };
}

function settingsCollection(site: EditorSite): FileCollection {
  const form = formOf(settingsSchema);
  const kept = form.keptAsWritten.map((path) => `\`${path}\``).join(' och ');
  return {
    name: 'settings',
    label: 'Inställningar',
    description: [
      'Det som gör webbplatsen till kommunens: namn, språk, arkiv och statistik.',
      kept && `${kept} visas inte här och ändras i filen.`,
      'Kommentarerna i filen följer inte med när du sparar här.',
    ]
      .filter(Boolean)
      .join(' '),
    publish: false,
    files: [{ name: 'settings', label: 'Webbplatsens inställningar', file: `${site.contentRoot}/${settingsFileName}`, format: 'yml', fields: form.fields }],
  };
}

export function editorConfig(site: EditorSite): CmsConfig {
  const translated = site.translations.flatMap((language) => [
    { divider: true } satisfies CollectionDivider,
    ...sourceCollections.filter((collection) => site.ids[collection].length > 0).map((collection) => translationCollection(site, language, collection)),
  ]);
  return {
    backend: {
      name: 'github',
      repo: repoOf(site.repository.url),
      branch: site.repository.branch,
      // Without a sign-in service, GitHub's own sign-in cannot hand the editor a token: each
      // communicator pastes a personal access token instead.
      ...(site.signIn ? { base_url: site.signIn } : { auth_methods: ['token'] }),
    },
    publish_mode: 'editorial_workflow',
    app_title: `Målbild – ${site.municipality}`,
    logo: { src: `${site.base}favicon.svg` },
    ...(site.siteUrl ? { site_url: new URL(site.base, site.siteUrl).href.replace(/\/$/, '') } : {}),
    // The texts hold no pictures (the content rules refuse them); uploads, if any, land with the
    // site's static files.
    media_folder: 'public',
    public_folder: site.base,
    slug: { encoding: 'ascii', clean_accents: true, lowercase: true, sanitize_replacement: '-' },
    output: { omit_empty_optional_fields: true },
    editor: { preview: false },
    collections: [...sourceCollections.map((collection) => sourceCollection(site, collection)), ...translated, { divider: true }, settingsCollection(site)],
  };
}
