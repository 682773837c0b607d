// The scoring rules of eval:corpus (utils/extract/score.ts), on made-up ground truth.
import { describe, expect, it } from 'vitest';
import { FIELD_NAMES, nameF1, primaryLanguage, sameDay, scorePage, stripSiteSuffix, summarize, type ExpectedPage } from '../../utils/extract/score';
import type { ArticleSnapshot } from '../../utils/snapshot';

const snapshot = (over: Partial<ArticleSnapshot> = {}): ArticleSnapshot => ({
  pageUrl: 'https://www.example.no/nyheter/sak-1',
  siteId: null,
  isArticle: true,
  canonicalUrl: 'https://example.no/nyheter/sak-1',
  outletArticleId: null,
  headline: 'Sak om noe',
  byline: ['Kari Nordmann'],
  published: '2024-01-02T10:00:00+01:00',
  modified: null,
  siteName: 'Eksempelavisa',
  section: 'Nyheter',
  isOpinion: false,
  paywalled: false,
  language: 'nb',
  description: null,
  ...over,
});

const expected = (over: Partial<ExpectedPage['fields']> = {}, isArticle = true): ExpectedPage => ({
  id: 'page',
  url: 'https://www.example.no/nyheter/sak-1',
  is_article: { value: isArticle },
  fields: {
    headline: { value: 'Sak om noe - Eksempelavisa', status: 'annotated', alternatives: ['En annen tittel'] },
    byline: { value: ['Av Kari Nordmann'], status: 'annotated', names_normalized: ['Kari Nordmann'] },
    published: { value: '2024-01-02 09:00:00+00:00', status: 'annotated' },
    site_name: { value: 'Eksempelavisa', status: 'annotated' },
    section: { value: 'nyheter', status: 'annotated' },
    is_opinion: { value: false },
    canonical_url: { value: 'http://www.example.no/nyheter/sak-1', status: 'annotated' },
    language: { value: 'no', primary: 'no' },
    ...over,
  },
});

describe('field rules', () => {
  it('compares headlines strictly without the site suffix, and leniently with the alternatives', () => {
    expect(scorePage(expected(), snapshot()).fields).toMatchObject({ headlineStrict: 1, headlineLenient: 1 });
    expect(scorePage(expected(), snapshot({ headline: 'En  annen\u2060 tittel' })).fields).toMatchObject({ headlineStrict: 0, headlineLenient: 1 });
    expect(scorePage(expected(), snapshot({ headline: 'Noe helt annet' })).fields).toMatchObject({ headlineStrict: 0, headlineLenient: 0 });
    expect(stripSiteSuffix('宇航员 _探索者 _光明网', ['光明网'])).toBe('宇航员 _探索者');
  });

  it('scores bylines by name F1, case-insensitively', () => {
    expect(nameF1(['kari nordmann'], ['Kari Nordmann'])).toBe(1);
    expect(nameF1(['Kari Nordmann'], ['Kari Nordmann', 'Ola Nordmann'])).toBeCloseTo(2 / 3);
    expect(nameF1([], [])).toBe(1);
    expect(nameF1(['Kari Nordmann'], [])).toBe(0);
  });

  it('compares dates to the day, as instants when both carry a zone', () => {
    expect(sameDay('2024-01-02T10:00:00+01:00', '2024-01-02 09:00:00+00:00')).toBe(true);
    expect(sameDay('2024-08-04T01:38:14+02:00', '2024-08-03T23:38:14Z')).toBe(true);
    expect(sameDay('2020-02-19T18:37:32+01:00', '2020-02-19')).toBe(true);
    expect(sameDay('2022-07-19', '2022-07-18T22:00:00.000Z')).toBe(false);
    expect(sameDay('2015-03-14T02:30:09Z', 'Fri Mar 13 21:30:09 EST 2015')).toBe(true);
  });

  it('treats no and nb as one language, and compares primary subtags', () => {
    expect(primaryLanguage('nb-NO')).toBe('no');
    expect(scorePage(expected(), snapshot({ language: 'nb' })).fields.language).toBe(1);
    expect(scorePage(expected(), snapshot({ language: 'da' })).fields.language).toBe(0);
  });

  it('normalises both canonical URLs and compares site name and section case-insensitively', () => {
    expect(scorePage(expected(), snapshot()).fields).toMatchObject({ canonicalUrl: 1, siteName: 1, section: 1 });
    expect(scorePage(expected(), snapshot({ canonicalUrl: 'https://example.no/nyheter/sak-2' })).fields.canonicalUrl).toBe(0);
  });

  it('skips unknown fields and wants nothing where the curator found nothing', () => {
    const page = expected({ section: { value: null, status: 'unknown (no upstream value)' }, byline: { value: null, status: 'absent (curator checked)' } });
    expect(scorePage(page, snapshot()).fields).toMatchObject({ section: null, byline: 0 });
    expect(scorePage(page, snapshot({ byline: [] })).fields.byline).toBe(1);
  });

  it('scores fields on article pages only', () => {
    const score = scorePage(expected({}, false), snapshot({ isArticle: false }));
    expect(FIELD_NAMES.every((name) => score.fields[name] === null)).toBe(true);
  });
});

describe('summary', () => {
  it('gives article-detection precision, recall and F1 and per-field means', () => {
    const scores = [
      scorePage(expected(), snapshot()),
      scorePage(expected(), snapshot({ isArticle: false, headline: 'Feil' })),
      scorePage(expected({}, false), snapshot({ isArticle: true })),
      scorePage(expected({}, false), snapshot({ isArticle: false })),
    ];
    const summary = summarize(scores);
    expect(summary.detection).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(summary.fields.headlineStrict).toEqual({ mean: 0.5, n: 2 });
  });
});
