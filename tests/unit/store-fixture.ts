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

/** What a patched put does: throw before writing ('fail'), write and then abort its transaction ('abort'), or write. */
export type PutOutcome = 'fail' | 'abort' | void;

/**
 * Wraps the browser's `IDBObjectStore.prototype.put` (fake-indexeddb's in the tests) to simulate a full disk or a
 * page closed mid-write. `decide` is asked before every put with the object store and the call's number (from 1):
 * 'fail' throws `error()` before anything is written, the way a full disk refuses a write (a QuotaExceededError by
 * default); 'abort' issues the write and then aborts its transaction; anything else lets the put through.
 * Returns the function that puts the real put back; calling it again does nothing.
 */
export function patchPut(
  decide: (store: IDBObjectStore, call: number) => PutOutcome,
  error: () => DOMException = () => new DOMException('The quota was exceeded', 'QuotaExceededError'),
): () => void {
  const prototype = globalThis.IDBObjectStore.prototype;
  const original = prototype.put;
  let calls = 0;
  prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    const outcome = decide(this, ++calls);
    if (outcome === 'fail') throw error();
    const request = original.apply(this, args);
    if (outcome === 'abort') this.transaction.abort();
    return request;
  };
  let restored = false;
  return () => {
    if (restored) return;
    restored = true;
    prototype.put = original;
  };
}
