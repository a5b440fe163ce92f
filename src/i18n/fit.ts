import type { Dictionary } from './sv.ts';

/*
 * Meänkieli. Terms from the project glossary (MediaWiki's volunteer Meänkieli translations) where
 * it has them; the rest is a draft for a Meänkieli reviewer.
 */
export const fit: Dictionary = {
  skipLink: 'Hyppää sisältöön',
  siteTitle: 'Tavotteet ja ohjaus',
  nav: {
    primary: 'Päämenyy',
    languages: 'Kieli',
    breadcrumbs: 'Olet tässä',
    footer: 'Tietoa saitista',
  },
  home: 'Alkusivu',
  kind: {
    area: 'Tavotealue',
    goal: 'Yleinen tavote',
    developmentArea: 'Etusijainen kehitysalue',
    activity: 'Toimi',
    indicator: 'Mittarit ja indikaattorit',
    initiative: 'Satsaus',
    page: 'Sivu',
  },
  plural: {
    areas: 'Tavotealueet',
    goals: 'Yleiset tavotteet',
    developmentAreas: 'Etusijaiset kehitysalueet',
    activities: 'Toimet',
    indicators: 'Mittarit ja indikaattorit',
    initiatives: 'Satsaukset',
    parts: 'Satsauksen osat',
    organisations: 'Lautakunnat ja hallinnot',
  },
  count: {
    areas: (n: string) => `${n} tavotealuetta`,
    goals: (n: string) => `${n} yleistä tavotetta`,
    developmentAreas: (n: string) => `${n} kehitysaluetta`,
    activities: (n: string) => `${n} toimea`,
    indicators: (n: string) => `${n} mittaria ja indikaattoria`,
  },
  status: {
    planned: 'Suunniteltu',
    ongoing: 'Käynnissä',
    done: 'Tehty',
    postponed: 'Siirretty',
  },
  field: {
    area: 'Tavotealue',
    goals: 'Auttaa tavotteita',
    board: 'Vastuullinen lautakunta',
    administration: 'Vastuullinen hallinto',
    developmentArea: 'Kehitysalue',
    period: 'Aika',
    status: 'Tila',
    baseline: 'Lähtöarvo',
    target: 'Tavotearvo',
    latest: 'Viimi arvo',
    year: 'Vuosi',
    value: 'Arvo',
    source: 'Lähde',
    direction: 'Suunta',
    unit: 'Yksikkö',
    partOf: 'Osa',
  },
  direction: { higher: 'Suurempi arvo oon parempi', lower: 'Pienempi arvo oon parempi' },
  unit: { percent: 'prosenttia', count: 'lukumäärä', sek: 'kruunua', days: 'päivää', years: 'vuotta', index: 'indeksi' },
  /** A value in days or years, with the word in the right number. */
  valueIn: { days: (n: string) => (n === '1' ? '1 päivä' : `${n} päivää`), years: (n: string) => (n === '1' ? '1 vuosi' : `${n} vuotta`) },
  noneYet: {
    goals: 'Tällä tavotealueela ei ole vielä julkaistuja tavotteita.',
    developmentAreas: 'Tavotheesseen ei ole vielä liitetty kehitysalueita.',
    activities: 'Toimista ei ole vielä päätetty.',
    indicators: 'Tavotheesseen ei ole vielä liitetty mittaria.',
    values: 'Arvoja ei ole vielä ilmotettu.',
  },
  illustrative: {
    label: 'Esimerkkiteksti',
    text: 'Teksti oon esimerkki, joka näyttää miten tavoteohjaus toimii. Se ei ole kunnan päätös.',
    count: 'esimerkkiä',
  },
  editorial: {
    label: 'Toimituksen kokoama',
    text: 'Teksti oon kirjotettu tälle saitille alla olevista lähteistä. Se ei ole kunnan oma teksti.',
    sources: 'Lähteet',
  },
  fallback: {
    notice: 'Tätä sivua ei ole vielä käännetty meänkielele. Se näytethään ruottiksi.',
    linkText: 'Lue sivu ruottinkielisellä saitilla',
  },
  model: {
    heading: 'Näin tavoteohjaus toimii',
    vision: 'Tulevaisuuen näkö näyttää mihin kunta haluaa päästä.',
    council: (areas: string, goals: string) => `Kunnanvaltuusto oon päättäny ${areas} ja ${goals}.`,
    boards: (n: string) => `Lautakunnat ja kunnanhallitus oon valinheet ${n} tavotteita varten.`,
    administrations: (n: string) => `Hallinnot oon päättäneet toimista: ${n}.`,
    indicators: (n: string) => `${n} näyttävät kuinka pitkälle työ oon menny.`,
    more: 'Lue lisää tavoteohjauksesta',
  },
  siteIndex: {
    title: 'Sisältö',
    intro: 'Kaikki saitin sivut.',
  },
  notFound: {
    title: 'Sivua ei löyvy',
    text: 'Sivua jota etsit ei ole olemassa, eli se oon siirretty.',
    home: 'Mene alkusivule',
  },
};
