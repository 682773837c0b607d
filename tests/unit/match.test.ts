import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../utils/dataset/types';
import { buildArtefact, buildArtefactParts, buildIndex, loadIndex, matchSnapshot, searchAll } from '../../utils/match';
import { EMPTY_CONTEXT } from '../../utils/match/context';
import { searchEntries } from '../../utils/match/search-entries';
import { pooledStatistics } from '../../utils/search/bm25';
import { analyze } from '../../utils/search/text';
import type { ArticleSnapshot } from '../../utils/snapshot';
import { normalizeUrl, outletArticleId } from '../../utils/url';
import { fixtureDataset, SMITTE_URL, VILLA_URL } from './match-fixture';

function snapshot(url: string, extra: Partial<ArticleSnapshot> = {}): ArticleSnapshot {
  return {
    pageUrl: url,
    siteId: null,
    isArticle: true,
    canonicalUrl: normalizeUrl(url) ?? url,
    outletArticleId: outletArticleId(url),
    headline: null,
    byline: [],
    published: null,
    modified: null,
    siteName: null,
    section: null,
    isOpinion: false,
    paywalled: false,
    language: 'nb',
    description: null,
    ...extra,
  };
}

const index = buildIndex(fixtureDataset());

describe('identifying the page', () => {
  it('finds the opinion piece by its URL, with the response it is and the article it answers', async () => {
    const context = await matchSnapshot(index, snapshot(VILLA_URL));
    expect(context.article?.id).toBe('villa-innlegg');
    expect(context.match).toMatchObject({ layer: 'url', confidence: 1 });
    expect(context.responses.map((r) => [r.id, r.relation])).toEqual([['villa-svar', 'this-page']]);
    expect(context.responses[0]!.respondsTo.claim).toBe('Kommunen hadde kjøpt løsninger som ikke var rullet ut.');
    expect(context.links).toMatchObject([{ relation: 'answers', id: 'atea-artikkel', responseId: 'villa-svar' }]);
    expect(context.stories.map((s) => s.id)).toEqual(['it-skyen']);
    expect(context.timeline.map((e) => e.id)).toEqual(['google-valgt', 'villa-svarer', 'smittesporing']);
    expect(context.timeline.filter((e) => e.current).map((e) => e.id)).toEqual(['villa-svarer']);
  });

  it('finds the answered article from its side: the opinion piece answers it', async () => {
    const context = await matchSnapshot(index, snapshot('https://testavisa.example.test/nyheter/atea-kommunen-satt-pa-ubrukte-losninger?utm_source=x'));
    expect(context.article?.id).toBe('atea-artikkel');
    expect(context.responses.map((r) => [r.id, r.relation])).toEqual([['villa-svar', 'answers-this-article']]);
    expect(context.links).toMatchObject([{ relation: 'answered-by', id: 'villa-innlegg', url: VILLA_URL }]);
  });

  it('ignores tracking parameters, the mobile host and http', async () => {
    const variants = [`${VILLA_URL}?utm_source=facebook`, VILLA_URL.replace('www.', 'm.'), VILLA_URL.replace('https:', 'http:')];
    for (const url of variants) {
      expect((await matchSnapshot(index, snapshot(url))).article?.id, url).toBe('villa-innlegg');
    }
  });

  it('falls back to the outlet article id when the slug differs', async () => {
    const context = await matchSnapshot(index, snapshot('https://www.adressa.no/meninger/2021/01/22/annen-tittel-23364628.ece'));
    expect(context.match.layer).toBe('outlet-id');
    expect(context.article?.matchedBy).toBe('same-article-id');
  });

  it('matches a headline only within the same outlet, whatever the typography', async () => {
    const page = snapshot('https://www.adressa.no/meninger/i/Xy12Ab/noe-annet', { headline: '«IT som kommunalt VERKTØY» – under en pandemi' });
    const same = await matchSnapshot(index, page);
    expect(same.match.layer).toBe('headline');
    expect(same.article?.id).toBe('villa-innlegg');
    const elsewhere = await matchSnapshot(index, { ...page, pageUrl: 'https://testavisa.example.test/x', canonicalUrl: 'https://testavisa.example.test/x', outletArticleId: null });
    expect(elsewhere.article).toBeNull();
    expect(elsewhere.responses).toEqual([]);
  });

  it('gives a page cited as the source of an event its story, but no responses', async () => {
    const context = await matchSnapshot(index, snapshot(SMITTE_URL));
    expect(context.match.layer).toBe('cited-source');
    expect(context.article).toBeNull();
    expect(context.responses).toEqual([]);
    expect(context.timeline.filter((e) => e.current).map((e) => e.id)).toEqual(['smittesporing']);
  });

  it('says nothing about a page that is not an article', async () => {
    expect(await matchSnapshot(index, snapshot(VILLA_URL, { isArticle: false }))).toEqual(EMPTY_CONTEXT);
  });
});

describe('topical relevance', () => {
  const onTopic = snapshot('https://annen.example.test/sak/1', {
    headline: 'Atea og Trondheim kommune krangler om skytjenester fra Google',
    description: 'IT-beredskapen i kommunen under pandemien er omstridt.',
    published: '2021-01-25T08:00:00+01:00',
  });

  it('shows an on-topic page the story as possibly related, never as a response or a linked article', async () => {
    const context = await matchSnapshot(index, onTopic);
    expect(context.article).toBeNull();
    expect(context.responses).toEqual([]);
    expect(context.timeline).toEqual([]);
    expect(context.related.map((r) => r.id)).toEqual(['it-skyen']);
    const why = context.related[0]!.why;
    expect(why.layer).toBe('topical');
    expect(why.confidence).toBeLessThan(0.9);
    expect(why.terms).toEqual(expect.arrayContaining(['Atea', 'Google']));
    expect(why.actors).toEqual(expect.arrayContaining(['Atea', 'Google']));
  });

  it('finds nothing for an unrelated page, and nothing for one that shares only a town', async () => {
    const unrelated = snapshot('https://annen.example.test/sport/2', { headline: 'Rosenborg vant derbyet etter straffespark', description: 'Kampen endte 2–1.' });
    expect((await matchSnapshot(index, unrelated)).related).toEqual([]);
    const sameTown = snapshot('https://annen.example.test/sak/3', { headline: 'Trondheim kommune åpner nytt bibliotek', description: 'Biblioteket får lengre åpningstider.' });
    expect((await matchSnapshot(index, sameTown)).related).toEqual([]);
  });

  it('does not repeat the identified story among the related ones', async () => {
    const text = { headline: 'IT som kommunalt verktøy under en pandemi', description: 'Atea Google skytjenester Trondheim kommune' };
    // The control: the same words on a page nobody identified do make the story related, so its absence below is
    // the identified story being left out, not a page too thin to relate to anything.
    const unidentified = await matchSnapshot(index, snapshot('https://annen.example.test/sak/9', text));
    expect(unidentified.article).toBeNull();
    expect(unidentified.related.map((r) => r.id)).toContain('it-skyen');

    const context = await matchSnapshot(index, snapshot(VILLA_URL, text));
    expect(context.article?.id).toBe('villa-innlegg');
    expect(context.stories.map((s) => s.id)).toEqual(['it-skyen']);
    expect(context.related.map((r) => r.id)).not.toContain('it-skyen');
  });
});

describe('artefacts and packs', () => {
  it('reads a split artefact, loading only the record chunks a page needs', async () => {
    const big = fixtureDataset();
    for (let i = 0; i < 400; i++) {
      big.stories.push({ id: `fyll-${i}`, title: `Fyllsak ${i}`, summary: 'x'.repeat(400), topics: [], articles: [], responses: [], events: [] });
    }
    const parts = buildArtefactParts(big);
    expect(parts.chunks.length).toBeGreaterThan(2);
    const loaded: number[] = [];
    const split = loadIndex(parts.index.slice(), (n) => (loaded.push(n), parts.chunks[n]!));
    const context = await matchSnapshot(split, snapshot(VILLA_URL));
    expect(context.responses.map((r) => r.id)).toEqual(['villa-svar']);
    expect(loaded.length).toBeLessThan(parts.chunks.length);
  });

  it('opens a single-file artefact from bytes that do not start on an aligned offset', async () => {
    const bytes = buildArtefact(fixtureDataset());
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    const context = await matchSnapshot(loadIndex(shifted.subarray(3)), snapshot(VILLA_URL));
    expect(context.article?.id).toBe('villa-innlegg');
  });

  it('refuses bytes that are not an artefact, with a clear message', () => {
    expect(() => loadIndex(new TextEncoder().encode('{"format":1}'))).toThrow(/not a Tilsvar index/);
  });

  it('lets a pack add a response to an article of the bundled dataset, and search both at once', async () => {
    const pack: Dataset = {
      format: 1,
      outlets: [],
      actors: [{ id: 'ks', kind: 'organisation', name: 'KS', aliases: [], roles: [], sources: [{ publisher: 'Test', title: 'Test' }] }],
      stories: [{ id: 'pakke-sak', title: 'Skolemat i Testby', summary: 'Skolematordningen i Testby utvides med frukt og grønt.', topics: ['skolemat'], articles: [], responses: ['ks-svar'], events: ['skolemat-vedtak'] }],
      articles: [],
      responses: [
        {
          id: 'ks-svar', story: 'pakke-sak', organisation: 'ks', date: '2021-02-01', channel: 'statement', stance: 'adds-context',
          respondsTo: { article: 'atea-artikkel' }, summary: 'KS utdyper.', sources: [{ publisher: 'Test', title: 'Test' }],
        },
      ],
      events: [
        { id: 'skolemat-vedtak', story: 'pakke-sak', date: '2023-03', title: 'Skolematordningen utvides', description: 'Frukt og grønt til alle elever i Testby.', actors: ['ks'], topics: ['skolemat'], sources: [{ publisher: 'Test', title: 'Test' }] },
      ],
    };
    const packIndex = buildIndex(pack);
    const context = await matchSnapshot([index, packIndex], snapshot('https://testavisa.example.test/nyheter/atea-kommunen-satt-pa-ubrukte-losninger'));
    expect(context.responses.map((r) => r.id).sort()).toEqual(['ks-svar', 'villa-svar']);
    const hits = await searchAll([index, packIndex], { text: 'Skolematordningen i Testby utvides med frukt og grønt til elever' });
    expect(hits[0]?.storyId).toBe('pakke-sak');
  });
});

describe('the search box over the bundled dataset and a pack', () => {
  const testSource = [{ publisher: 'Test', title: 'Test' }];
  const event = (id: string, story: string, title: string, description: string) => ({ id, story, date: '2022-05', title, description, actors: [], topics: [], sources: testSource });
  // The bundled fixture gains an entry on a ferry berth; one of a pack's 200 council meetings mentions one.
  const bundled = fixtureDataset();
  bundled.stories.find((story) => story.id === 'bybrua')!.events.push('fergeleie-vedtak');
  bundled.events.push(event('fergeleie-vedtak', 'bybrua', 'Nytt fergeleie', 'Bystyret vedtar et nytt fergeleie ved brua.'));
  const meetings = Array.from({ length: 200 }, (_, i) => event(`mote-${i}`, 'bystyret', `Bystyremøte ${i}`, `Bystyret behandler sak ${i} om budsjett og drift.`));
  meetings[7] = event('mote-7', 'bystyret', 'Bystyremøte 7', 'Bystyret behandler budsjett, drift og et fergeleie.');
  const pack: Dataset = {
    format: 1,
    outlets: [],
    actors: [],
    stories: [{ id: 'bystyret', title: 'Bystyret i Testby', summary: 'Møtene i bystyret.', topics: [], articles: [], responses: [], events: meetings.map((e) => e.id) }],
    articles: [],
    responses: [],
    events: meetings,
  };
  const merged: Dataset = { ...bundled, stories: [...bundled.stories, ...pack.stories], events: [...bundled.events, ...pack.events] };

  it("ranks entries from both by the word's rarity over both, as one index of them all would", async () => {
    const [bundledIndex, packIndex] = [buildIndex(bundled), buildIndex(pack)];
    // Control: by each index's own idf the pack's entry scores higher, since the word is rarer among its 201 entries.
    const terms = analyze('fergeleie').map((term) => ({ term, weight: 1 }));
    const [ownPack, ownBundled] = [packIndex.text.search(terms, 1)[0]!, bundledIndex.text.search(terms, 1)[0]!];
    expect(ownPack.score).toBeGreaterThan(ownBundled.score);

    const results = await searchEntries([bundledIndex, packIndex], 'fergeleie');
    expect(results.map((r) => r.id)).toEqual(['fergeleie-vedtak', 'mote-7']);
    expect((await searchEntries([buildIndex(merged)], 'fergeleie')).map((r) => r.id)).toEqual(['fergeleie-vedtak', 'mote-7']);
  });

  it('scores one index alone exactly as before: its pooled statistics are its own', async () => {
    const bundledIndex = buildIndex(bundled);
    const terms = analyze('Google skyløsning i kommunen').map((term) => ({ term, weight: 1 }));
    const own = bundledIndex.text.search(terms, 16);
    expect(own.length).toBeGreaterThan(2);
    expect(bundledIndex.text.search(terms, 16, pooledStatistics([bundledIndex.text]))).toEqual(own);
    expect((await searchEntries([bundledIndex], 'Google skyløsning'))[0]?.id).toBe('google-valgt');
  });
});
