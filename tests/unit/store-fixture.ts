import type { ContextResult } from '../../utils/match/context';
import type { ArticleSnapshot } from '../../utils/snapshot';

// A made-up context in the shape the background sends the popup; the test fixtures hold no real response.
export const VILLA_SNAPSHOT: ArticleSnapshot = {
  pageUrl: 'https://www.adressa.no/meninger/ordetfritt/2021/01/22/IT-som-kommunalt-verkt%C3%B8y-under-en-pandemi-23364628.ece',
  siteId: 'adressa',
  isArticle: true,
  canonicalUrl: 'https://www.adressa.no/meninger/ordetfritt/2021/01/22/IT-som-kommunalt-verkt%C3%B8y-under-en-pandemi-23364628.ece',
  outletArticleId: 'adressa:23364628',
  headline: 'IT som kommunalt verktøy under en pandemi',
  byline: [],
  published: '2021-01-22',
  modified: null,
  siteName: 'Adresseavisen',
  section: 'Ordet fritt',
  isOpinion: true,
  paywalled: false,
  language: 'nb',
  description: null,
};

export const VILLA_CONTEXT: ContextResult = {
  article: { id: 'art-1', headline: 'IT som kommunalt verktøy under en pandemi', outletName: 'Adresseavisen', published: '2021-01-22', genre: 'opinion', matchedBy: 'same-url' },
  responses: [
    {
      id: 'resp-1', personName: null, role: null, organisationName: 'Eksempel kommune', date: '2021-01-25', channel: 'op-ed', stance: 'clarifies',
      summary: 'Et oppdiktet testsvar.', quote: null, relation: 'answers-this-article',
      respondsTo: { headline: null, outletName: null, date: null, url: null, claim: null },
      sources: [{ url: 'https://example.org/svar', publisher: 'Example' } as never], why: { layer: 'url', confidence: 1, terms: [], actors: [] },
    },
  ],
  stories: [{ id: 'story-ikt', title: 'Teststory om IKT', summary: '' }],
  timeline: [{ id: 'ev-1', date: '2021-01-22', dateNote: null, title: 'Testhendelse', description: '', current: true, sources: [] }],
  match: { layer: 'url', confidence: 1, terms: [], actors: [] },
  links: [],
  related: [],
};

