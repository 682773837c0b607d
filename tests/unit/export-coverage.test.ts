import { describe, expect, it } from 'vitest';
import { countByStatus, filterArticles, groupByStory, NO_FILTER, sortArticles, storyContext } from '../../components/CoverageModel';
import type { CoverageArticle } from '../../utils/store/export';

const article = (over: Partial<CoverageArticle>): CoverageArticle => ({
  url: 'https://example.org/a',
  headline: 'A',
  outlet: 'Adresseavisen',
  published: '2021-01-22',
  articleId: null,
  stories: [],
  firstSeen: '2025-03-01T10:00:00.000Z',
  lastSeen: '2025-03-01T10:00:00.000Z',
  status: 'not-reviewed',
  statusAt: null,
  notes: [],
  responses: [],
  timeline: [],
  ...over,
});

const s1 = { id: 's1', title: 'Skolevei' };
const s2 = { id: 's2', title: 'Bompenger' };
const list = [
  article({ url: 'https://example.org/1', headline: 'Økt trafikk ved skolen', stories: [s1], published: '2021-03-01', status: 'needs-response' }),
  article({ url: 'https://example.org/2', headline: 'Bomring', outlet: 'NRK', stories: [s1, s2], published: '2020-05-10', status: 'accurate', notes: [{ id: 'n', text: 'Sjekk tallene', createdAt: '', updatedAt: '' }] }),
  article({ url: 'https://example.org/3', headline: 'Uten sak', stories: [], published: null, firstSeen: '2025-01-01T00:00:00.000Z', lastSeen: '2025-04-01T00:00:00.000Z' }),
];

describe('the coverage page lists', () => {
  it('filters by status, outlet, date range and text (headline, notes, story), case- and accent-insensitively where Norwegian expects', () => {
    expect(filterArticles(list, { ...NO_FILTER, status: 'accurate' }).map((a) => a.url)).toEqual(['https://example.org/2']);
    expect(filterArticles(list, { ...NO_FILTER, outlet: 'NRK' })).toHaveLength(1);
    expect(filterArticles(list, { ...NO_FILTER, from: '2021-01-01', to: '2021-12-31' }).map((a) => a.headline)).toEqual(['Økt trafikk ved skolen']);
    // Without a publication date, the first opening counts.
    expect(filterArticles(list, { ...NO_FILTER, from: '2025-01-01' }).map((a) => a.headline)).toEqual(['Uten sak']);
    expect(filterArticles(list, { ...NO_FILTER, text: 'økt' })).toHaveLength(1);
    expect(filterArticles(list, { ...NO_FILTER, text: 'TALLENE' })).toHaveLength(1);
    expect(filterArticles(list, { ...NO_FILTER, text: 'bompenger' })).toHaveLength(1);
  });

  it('counts per status', () => {
    expect(countByStatus(list)).toEqual({ 'not-reviewed': 1, accurate: 1, 'needs-response': 1, responded: 0, disputed: 0 });
  });

  it('sorts newest, oldest, recently opened, by headline (Norwegian order) and by urgency of status', () => {
    expect(sortArticles(list, 'newest').map((a) => a.url.slice(-1))).toEqual(['3', '1', '2']);
    expect(sortArticles(list, 'oldest').map((a) => a.url.slice(-1))).toEqual(['2', '1', '3']);
    expect(sortArticles(list, 'seen')[0]!.url).toBe('https://example.org/3');
    expect(sortArticles(list, 'headline').map((a) => a.headline)).toEqual(['Bomring', 'Uten sak', 'Økt trafikk ved skolen']);
    expect(sortArticles(list, 'status')[0]!.status).toBe('needs-response');
  });

  it('groups by story, an article in two stories under both, articles without a story last', () => {
    const groups = groupByStory(list);
    expect(groups.map((g) => [g.title, g.articles.map((a) => a.url.slice(-1))])).toEqual([
      ['Skolevei', ['1', '2']],
      ['Bompenger', ['2']],
      [null, ['3']],
    ]);
  });

  it("gathers a story's responses and timeline from its articles once each, in date order", () => {
    const r = (id: string, date: string) => ({ id, organisationName: 'O', personName: null, date, summary: '', url: null });
    const e = (id: string, date: string) => ({ id, date, title: id });
    const { responses, timeline } = storyContext({
      id: 's',
      title: 'S',
      articles: [article({ responses: [r('b', '2021-02'), r('a', '2021-01')], timeline: [e('x', '2020')] }), article({ responses: [r('a', '2021-01')], timeline: [e('x', '2020'), e('y', '2019')] })],
    });
    expect(responses.map((x) => x.id)).toEqual(['a', 'b']);
    expect(timeline.map((x) => x.id)).toEqual(['y', 'x']);
  });
});
