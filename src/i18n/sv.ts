/**
 * Interface text in Swedish, the source language. The other languages' dictionaries have this
 * one's type, so a key missing there is a type error (`npm run check`), not a silent fallback.
 */
export const sv = {
  skipLink: 'Hoppa till innehållet',
  siteTitle: 'Mål och styrning',
  nav: {
    primary: 'Huvudmeny',
    languages: 'Språk',
    breadcrumbs: 'Du är här',
    footer: 'Om webbplatsen',
  },
  home: 'Start',
  kind: {
    area: 'Målområde',
    goal: 'Övergripande mål',
    developmentArea: 'Prioriterat utvecklingsområde',
    activity: 'Aktivitet',
    indicator: 'Mått och indikatorer',
    initiative: 'Satsning',
    page: 'Sida',
  },
  plural: {
    areas: 'Målområden',
    goals: 'Övergripande mål',
    developmentAreas: 'Prioriterade utvecklingsområden',
    activities: 'Aktiviteter',
    indicators: 'Mått och indikatorer',
    initiatives: 'Satsningar',
    parts: 'Delar av satsningen',
    organisations: 'Nämnder och förvaltningar',
  },
  count: {
    areas: (n: string) => `${n} målområden`,
    goals: (n: string) => `${n} övergripande mål`,
    developmentAreas: (n: string) => `${n} utvecklingsområden`,
    activities: (n: string) => `${n} aktiviteter`,
    indicators: (n: string) => `${n} mått och indikatorer`,
  },
  status: {
    planned: 'Planerad',
    ongoing: 'Pågår',
    done: 'Genomförd',
    postponed: 'Uppskjuten',
  },
  field: {
    area: 'Målområde',
    goals: 'Bidrar till målen',
    board: 'Ansvarig nämnd',
    administration: 'Ansvarig förvaltning',
    developmentArea: 'Utvecklingsområde',
    period: 'Period',
    status: 'Status',
    baseline: 'Utgångsvärde',
    target: 'Målvärde',
    latest: 'Senaste värde',
    year: 'År',
    value: 'Värde',
    source: 'Källa',
    direction: 'Riktning',
    unit: 'Enhet',
    partOf: 'Del av',
  },
  direction: { higher: 'Högre värde är bättre', lower: 'Lägre värde är bättre' },
  unit: { percent: 'procent', count: 'antal', sek: 'kronor', days: 'dagar', years: 'år', index: 'index' },
  /** A value in days or years, with the word in the right number. */
  valueIn: { days: (n: string) => (n === '1' ? '1 dag' : `${n} dagar`), years: (n: string) => `${n} år` },
  noneYet: {
    goals: 'Inga mål är publicerade i det här målområdet ännu.',
    developmentAreas: 'Inga utvecklingsområden är kopplade till målet ännu.',
    activities: 'Inga aktiviteter är beslutade ännu.',
    indicators: 'Inga mått är kopplade till målet ännu.',
    values: 'Inga värden är inrapporterade ännu.',
  },
  illustrative: {
    label: 'Exempeltext',
    text: 'Texten är ett exempel som visar hur målstyrningen fungerar. Den är inte kommunens beslut.',
    count: 'exempel',
  },
  editorial: {
    label: 'Sammanställd av redaktionen',
    text: 'Texten är skriven för webbplatsen utifrån källorna nedan. Den är inte kommunens egen text.',
    sources: 'Källor',
  },
  fallback: {
    notice: 'Den här sidan finns inte på svenska ännu.',
    linkText: 'Läs sidan på svenska',
  },
  model: {
    heading: 'Så hänger målstyrningen ihop',
    vision: 'Visionen visar vart kommunen vill nå.',
    council: (areas: string, goals: string) => `Kommunfullmäktige har fastställt ${areas} med ${goals}.`,
    boards: (n: string) => `Nämnderna och styrelsen har valt ${n} för att nå målen.`,
    administrations: (n: string) => `Förvaltningarna har beslutat om ${n}.`,
    indicators: (n: string) => `${n} visar hur långt arbetet har kommit.`,
    more: 'Läs mer om målstyrningsprocessen',
  },
  siteIndex: {
    title: 'Innehåll',
    intro: 'Alla sidor på webbplatsen.',
  },
  notFound: {
    title: 'Sidan finns inte',
    text: 'Sidan du söker finns inte, eller har flyttat.',
    home: 'Gå till startsidan',
  },
};

export type Dictionary = typeof sv;
