import type { SourceEntry } from './content-types.ts';
import { homePageId, type Route } from './routes.ts';
import { routeOf, type View } from './view.ts';

/** One step of the way from the start page to a page, as the breadcrumbs show it. */
export interface Crumb {
  label: string;
  href: string;
  lang?: string | undefined;
  dir?: 'ltr' | 'rtl' | undefined;
}

/**
 * The way from the start page down to an entry, following the model: area, goal, development
 * area, activity. Entries that serve several goals are placed under the first one.
 */
export function trailTo(view: View, entry: SourceEntry | undefined, current?: { label: string; route: Route }): Crumb[] {
  const crumbs: Crumb[] = [{ label: view.t.home, href: view.href({ kind: 'home' }) }];
  const chain: SourceEntry[] = [];
  for (let step = entry; step; ) {
    chain.unshift(step);
    step = parentOf(view, step);
  }
  for (const step of chain) {
    const route = routeOf(step);
    if (!route || (route.kind === 'page' && route.id === homePageId)) continue;
    const text = view.text(step);
    crumbs.push({ label: text.title, href: view.href(route), lang: view.langAttr(text), dir: view.dirAttr(text) });
  }
  if (current) crumbs.push({ label: current.label, href: view.href(current.route) });
  return crumbs;
}

function parentOf(view: View, entry: SourceEntry): SourceEntry | undefined {
  const { model } = view;
  switch (entry.collection) {
    case 'goals':
      return model.area(entry.data.area.id);
    case 'developmentAreas':
    case 'indicators':
      return model.goal(entry.data.goals[0]!.id);
    case 'activities':
      return model.developmentArea(entry.data.developmentArea.id);
    case 'initiatives':
      return entry.data.partOf ? model.initiative(entry.data.partOf.id) : undefined;
    default:
      return undefined;
  }
}
