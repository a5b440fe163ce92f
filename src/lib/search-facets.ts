import type { GoalArea, SourceEntry } from './content-types.ts';
import type { Model } from './model.ts';
import type { View } from './view.ts';

/** The goal areas an entry belongs to, following the model upwards (an entry may serve several). */
export function areasOf(model: Model, entry: SourceEntry): GoalArea[] {
  const areas = new Map<string, GoalArea>();
  const fromGoals = (goals: { id: string }[]) => {
    for (const goal of goals) {
      const area = model.area(model.goal(goal.id).data.area.id);
      areas.set(area.id, area);
    }
  };
  switch (entry.collection) {
    case 'goalAreas':
      areas.set(entry.id, entry);
      break;
    case 'goals':
      fromGoals([entry]);
      break;
    case 'developmentAreas':
    case 'indicators':
      fromGoals(entry.data.goals);
      break;
    case 'activities':
      fromGoals(model.developmentArea(entry.data.developmentArea.id).data.goals);
      break;
    case 'initiatives':
      for (const ref of entry.data.goalAreas) areas.set(ref.id, model.area(ref.id));
      break;
    default:
      break;
  }
  return model.areas.filter((area) => areas.has(area.id));
}

/** What the search page can filter an entry's page by, in the reader's language. */
export function searchFacets(view: View, entry: SourceEntry, level: string): { type: string; areas: string[] } {
  return { type: level, areas: areasOf(view.model, entry).map((area) => view.text(area).title) };
}
