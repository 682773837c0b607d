import type { Dataset } from '../../utils/dataset/types';

// A small dataset in the compiled shape, for tests only. It mirrors the bundled Trondheim story's
// structure (an opinion piece answering an article) so the tests do not depend on data/ being valid
// while it is edited; the second story is a made-up control on example.test addresses.
const source = [{ publisher: 'Test', title: 'Testkilde' }];
export const VILLA_URL =
  'https://www.adressa.no/meninger/ordetfritt/2021/01/22/IT-som-kommunalt-verkt%C3%B8y-under-en-pandemi-23364628.ece';
export const SMITTE_URL = 'https://www.adressa.no/nyheter/2021/11/10/Trondheim-innf%C3%B8rer-automatisk-smittesporing-24804127.ece';

export function fixtureDataset(): Dataset {
  return {
    format: 1,
    outlets: [
      { id: 'adresseavisen', name: 'Adresseavisen', domains: ['adressa.no'], language: 'nb', sources: source },
      { id: 'testavisa', name: 'Testavisa', domains: ['testavisa.example.test'], language: 'nb', sources: source },
    ],
    actors: [
      { id: 'trondheim-kommune', kind: 'organisation', name: 'Trondheim kommune', aliases: [], roles: [], sources: source },
      { id: 'bjorn-villa', kind: 'person', name: 'Bjørn Villa', aliases: ['Bjørn Jonny Villa'], roles: [], sources: source },
      { id: 'atea', kind: 'organisation', name: 'Atea', aliases: ['ATEA'], roles: [], sources: source },
      { id: 'google', kind: 'organisation', name: 'Google', aliases: ['G Suite'], roles: [], sources: source },
      { id: 'bymiljoetaten', kind: 'organisation', name: 'Bymiljøetaten', aliases: [], roles: [], sources: source },
    ],
    stories: [
      {
        id: 'it-skyen',
        title: 'Trondheim kommunes IT og skyen',
        summary: 'Hvordan Trondheim kommune tok i bruk skybaserte kontorverktøy fra Google, og svarte Atea om IT-beredskapen under pandemien.',
        topics: ['skytjenester', 'IT-beredskap', 'Google'],
        articles: ['villa-innlegg', 'atea-artikkel'],
        responses: ['villa-svar'],
        events: ['google-valgt', 'villa-svarer', 'smittesporing'],
      },
      {
        id: 'bybrua',
        title: 'Ny bybru i Testby',
        summary: 'Bymiljøetaten planlegger en ny bru over elva, og naboene protesterer mot støyen fra byggeplassen.',
        topics: ['bru', 'samferdsel'],
        articles: ['bru-artikkel'],
        responses: [],
        events: ['bru-vedtak'],
      },
    ],
    articles: [
      {
        id: 'villa-innlegg',
        story: 'it-skyen',
        outlet: 'adresseavisen',
        headline: 'IT som kommunalt verktøy under en pandemi',
        url: VILLA_URL,
        published: '2021-01-22',
        genre: 'opinion',
        summary: 'IT-sjefen mener kommunen var godt forberedt fordi de ansatte brukte Googles skybaserte kontorverktøy.',
        topics: ['skytjenester'],
        claims: [],
        sources: source,
      },
      {
        id: 'atea-artikkel',
        story: 'it-skyen',
        outlet: 'testavisa',
        headline: 'Atea: Kommunen satt på ubrukte løsninger',
        url: 'https://testavisa.example.test/nyheter/atea-kommunen-satt-pa-ubrukte-losninger',
        published: '2021-01',
        genre: 'news',
        summary: 'Atea beskriver kommunens digitale løsninger under pandemien.',
        topics: ['IT-beredskap'],
        claims: [{ id: 'atea-pastand', by: 'atea', text: 'Kommunen hadde kjøpt løsninger som ikke var rullet ut.' }],
        sources: source,
      },
      {
        id: 'bru-artikkel',
        story: 'bybrua',
        outlet: 'testavisa',
        headline: 'Naboene protesterer mot ny bybru',
        url: 'https://testavisa.example.test/nyheter/naboene-protesterer-mot-ny-bybru',
        published: '2022-05-02',
        genre: 'news',
        summary: 'Naboene mener støyen fra byggeplassen blir for stor.',
        topics: ['bru'],
        claims: [],
        sources: source,
      },
    ],
    responses: [
      {
        id: 'villa-svar',
        story: 'it-skyen',
        person: 'bjorn-villa',
        role: 'IT-sjef',
        organisation: 'trondheim-kommune',
        date: '2021-01-22',
        channel: 'debate-piece',
        stance: 'disputes',
        respondsTo: { article: 'atea-artikkel', claim: 'atea-pastand' },
        publishedAs: 'villa-innlegg',
        summary: 'Kommunen kjenner seg ikke igjen i beskrivelsen.',
        sources: source,
      },
    ],
    events: [
      {
        id: 'google-valgt',
        story: 'it-skyen',
        date: '2016',
        title: 'Kommunen velger Googles skyløsning',
        description: 'Etter en offentlig anskaffelse velger kommunen Googles kontorverktøy i skyen.',
        actors: ['trondheim-kommune', 'google'],
        topics: ['skytjenester'],
        sources: source,
      },
      {
        id: 'villa-svarer',
        story: 'it-skyen',
        date: '2021-01-22',
        title: 'IT-sjefen svarer Atea',
        description: 'IT-sjefen avviser beskrivelsen.',
        actors: ['bjorn-villa', 'atea'],
        topics: [],
        article: 'villa-innlegg',
        sources: source,
      },
      {
        id: 'smittesporing',
        story: 'it-skyen',
        date: '2021-11-10',
        title: 'Kommunen innfører automatisk smittesporing',
        description: 'Et digitalt smittesporingsskjema utviklet av IT-avdelingen.',
        actors: ['trondheim-kommune'],
        topics: ['smittesporing'],
        sources: [{ publisher: 'Adresseavisen', title: 'Trondheim innfører automatisk smittesporing', url: SMITTE_URL }],
      },
      {
        id: 'bru-vedtak',
        story: 'bybrua',
        date: '2022-04',
        title: 'Bystyret vedtar bybrua',
        description: 'Bystyret vedtar å bygge den nye brua.',
        actors: ['bymiljoetaten'],
        topics: ['bru'],
        sources: source,
      },
    ],
  };
}
