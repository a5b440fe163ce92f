import { describe, expect, it } from 'vitest';
import { contentFiles } from '../support/content.ts';
import { page, text } from '../support/dist.ts';

/* Numbers in prose are the content's numbers, not what someone once typed. */

const areas = contentFiles('goal-areas');
const goals = contentFiles('goals');
const perArea = areas.map((area) => goals.filter((goal) => goal.data.area === area.id).length);

describe('counts in prose', () => {
  const process = text(page('/malstyrningsprocess/').querySelector('main'));

  it('says how many goal areas the council set', () => {
    expect(process).toContain(`fastställt ${areas.length} målområden`);
  });

  it('says how many goals there are in all and per area, marked as examples', () => {
    const each = Math.min(...perArea) === Math.max(...perArea) ? `${perArea[0]}` : `${Math.min(...perArea)}–${Math.max(...perArea)}`;
    expect(process).toContain(`fastställt ${each} (exempel) övergripande mål`);
    expect(process).toContain(`totalt ${goals.length} (exempel) st`);
  });

  it('lists every goal area in order where the text asks for the list', () => {
    const listed = [...page('/malstyrningsprocess/').querySelectorAll('main .prose li a')].map(text);
    const ordered = [...areas].sort((a, b) => Number(a.data.order) - Number(b.data.order)).map((a) => a.data.title);
    expect(listed).toEqual(ordered);
  });

  it('draws the model on the start page with the content’s counts', () => {
    const steps = [...page('/').querySelectorAll('.model__steps li')].map(text);
    expect(steps).toHaveLength(5);
    expect(steps[1]).toContain(`${areas.length} målområden`);
    expect(steps[1]).toContain(`${goals.length} övergripande mål`);
    expect(steps[2]).toContain(`${contentFiles('development-areas').length} utvecklingsområden`);
    expect(steps[3]).toContain(`${contentFiles('activities').length} aktiviteter`);
    expect(steps[4]).toContain(`${contentFiles('indicators').length} mått och indikatorer`);
  });

  it('shows the same counts in English, in English words', () => {
    const steps = [...page('/en/').querySelectorAll('.model__steps li')].map(text);
    expect(steps[1]).toContain(`${areas.length} goal areas`);
    const process = text(page('/en/malstyrningsprocess/').querySelector('main .prose'));
    expect(process).toContain(`${areas.length} goal areas`);
    expect(process).toContain(`${goals.length} (examples)`);
  });
});
