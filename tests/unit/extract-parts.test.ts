// The pieces extraction is built from: date reading, name splitting, the language guess and the article decision.
import { describe, expect, it } from 'vitest';
import { isArticlePage, type ArticleSignals } from '../../utils/extract/detect';
import { guessLanguage } from '../../utils/extract/language';
import { clean, isoDate, splitNames, textDay } from '../../utils/extract/text';
import { siteForHost } from '../../utils/sites';

describe('isoDate', () => {
  it.each([
    ['2021-01-22T06:00:00+01:00', '2021-01-22T06:00:00+01:00'],
    ['2024-08-04T10:21:45.000+0200', '2024-08-04T10:21:45+02:00'],
    ['2024-08-04 01:38:14+02:00', '2024-08-04T01:38:14+02:00'],
    ['2023-04-28 17:23:42.981000+02:00', '2023-04-28T17:23:42+02:00'],
    ['2017-11-16T14:15+0000', '2017-11-16T14:15:00+00:00'],
    ['2024-07-31T09:31:33Z', '2024-07-31T09:31:33Z'],
    ['2018-04-05T06:00', '2018-04-05T06:00:00'],
    ['2020-05-28', '2020-05-28'],
    ['2017-03-13|19h18', '2017-03-13T19:18:00'],
    ['Fri Mar 13 21:30:09 EST 2015', '2015-03-14T02:30:09Z'],
    ['Tue Jan 28 15:28:56 CET 2020', '2020-01-28T14:28:56Z'],
    ['20 Nov 2019 08:02 GMT', '2019-11-20T08:02:00Z'],
    ['March 9, 2017 4:21 PM', '2017-03-09T16:21:00'],
  ])('reads %j', (input, expected) => {
    expect(isoDate(input)).toBe(expected);
  });

  it.each(['', 'i går', '2021-02-30', '20190806103251', '12345', 'nil', null, undefined, 42])('gives null for %j', (input) => {
    expect(isoDate(input)).toBeNull();
  });
});

describe('textDay', () => {
  it.each([
    ['19.2.2020 klo 14.00', '2020-02-19'],
    ['Publisert 22.01.2021 06:00', '2021-01-22'],
    ['28. januar 2021', '2021-01-28'],
    ['Publié le 13 mars 2017', '2017-03-13'],
    ['14 juillet 2019', '2019-07-14'],
    ['3 juin 2019', '2019-06-03'],
    ['March 9 2017 4:21 PM', '2017-03-09'],
    ['March 13, 2015', '2015-03-13'],
    ['Aktualisiert am 28.01.2020-15:49', '2020-01-28'],
    ['4 de mayo de 2022', '2022-05-04'],
  ])('reads %j', (input, expected) => {
    expect(textDay(input)).toBe(expected);
  });

  it.each(['Vor 30 Minuten', '4 Min.', '31.02.2020', 'Sak 12 av 2020'])('gives null for %j', (input) => {
    expect(textDay(input)).toBeNull();
  });
});

describe('splitNames', () => {
  it('removes "Av", "By", "Von" and "/ Journalist", and splits on "og", "and", "und", "et" and commas', () => {
    expect(splitNames('Av Kari Nordmann og Ola Nordmann / Journalist')).toEqual(['Kari Nordmann', 'Ola Nordmann']);
    expect(splitNames('By Jane Doe, John Roe and Kari Nordmann')).toEqual(['Jane Doe', 'John Roe', 'Kari Nordmann']);
    expect(splitNames('Benjamin Fischer und Marcus Theurer')).toEqual(['Benjamin Fischer', 'Marcus Theurer']);
    expect(splitNames('Einar Torkelsen / Journalist')).toEqual(['Einar Torkelsen']);
  });

  it('drops profile links, e-mail addresses and names with digits', () => {
    expect(splitNames('https://www.facebook.com/someone')).toEqual([]);
    expect(splitNames('kari@example.no')).toEqual([]);
    expect(splitNames('Wunderweib1')).toEqual([]);
  });

  it('keeps only name-like parts of visible text in strict mode', () => {
    expect(splitNames('Von Thilo Schäfer, Madrid', true)).toEqual(['Thilo Schäfer']);
    expect(splitNames('Pete Evans · Posted: Oct 14, 2022 9:27 AM ET | Last Updated: 24 minutes ago', true)).toEqual(['Pete Evans']);
    expect(splitNames('Tech Industry\nby Steven Musil January 18, 2017', true)).toEqual([]);
    expect(splitNames('Tech Industry\nby Steven Musil\nJanuary 18, 2017', true)).toEqual(['Steven Musil']);
    expect(splitNames('NTB', true)).toEqual(['NTB']);
    expect(splitNames('Christoph von Eichhorn', true)).toEqual(['Christoph von Eichhorn']);
    expect(splitNames('Follow', true)).toEqual([]);
  });
});

describe('guessLanguage', () => {
  it('tells writing systems apart', () => {
    expect(guessLanguage('宇航员在太空中喝酒会怎么样？后果很严重，科学家说这是一个非常复杂的问题，需要更多的研究来回答。')).toBe('zh');
    expect(guessLanguage('メディア芸術祭賞、「チコちゃんに叱られる！」が受賞しました。文化庁は１日、アート、エンターテインメントの作品を表彰する。')).toBe('ja');
  });

  it('tells Danish from Norwegian and English by their function words', () => {
    expect(guessLanguage('Det er første gang efter krisen at aktien stiger, og investorerne har fået håb om at selskabet kan få erstatning for de fly som ikke har været i luften af hensyn til sikkerheden.')).toBe('da');
    expect(guessLanguage('Det er første gang etter krisen at aksjen stiger, og investorene har fått håp om at selskapet kan få erstatning for flyene som ikke har vært i lufta av hensyn til sikkerheten.')).toBe('no');
    expect(guessLanguage('The council said on Monday that the new bus stop will be tested for a year, and that it is the first of its kind in the region with a floating platform.')).toBe('en');
  });

  it('does not guess from too little text', () => {
    expect(guessLanguage('Nyheter')).toBeNull();
  });
});

describe('isArticlePage', () => {
  const base: ArticleSignals = {
    headline: 'Sak',
    site: null,
    urls: [new URL('https://example-news.test/nyheter/2024/05/06/en-sak-om-noe-viktig')],
    ldArticle: false,
    ldTypes: [],
    ogType: '',
    headPublished: false,
    published: false,
    inArticle: false,
    byline: false,
    h1: true,
    runningText: true,
  };

  it('needs a headline', () => {
    expect(isArticlePage({ ...base, headline: null, ldArticle: true })).toBe(false);
  });

  it('takes an Article-type JSON-LD with a date on an article-shaped URL', () => {
    expect(isArticlePage({ ...base, ldArticle: true, ldTypes: ['NewsArticle'], headPublished: true, published: true })).toBe(true);
  });

  it('does not take og:type=article with text for an article without a date, an author or a story address', () => {
    expect(isArticlePage({ ...base, ogType: 'article', urls: [new URL('https://example-news.test/om-oss')] })).toBe(false);
    expect(isArticlePage({ ...base, ogType: 'article', urls: [new URL('https://example-news.test/om-oss')], inArticle: true })).toBe(false);
    expect(isArticlePage({ ...base, ogType: 'article' })).toBe(true);
  });

  it('takes og:type=article with a declared date and a byline', () => {
    expect(isArticlePage({ ...base, ogType: 'article', headPublished: true, published: true, byline: true })).toBe(true);
  });

  it('does not take a site root, whatever it declares', () => {
    expect(isArticlePage({ ...base, urls: [new URL('https://example-news.test/')], ogType: 'article', headPublished: true, published: true, byline: true })).toBe(false);
  });

  it('does not take a video page for an article', () => {
    expect(isArticlePage({ ...base, ogType: 'video.other', headPublished: true, published: true, byline: true, urls: [new URL('https://video.test/watch?v=abc')] })).toBe(false);
  });

  it('on a registered site, follows its URL scheme', () => {
    const site = siteForHost('www.adressa.no');
    const article = [new URL('https://www.adressa.no/nyheter/i/Ab12Cd/en-sak')];
    const section = [new URL('https://www.adressa.no/nyheter/')];
    expect(isArticlePage({ ...base, site, urls: article, ogType: 'article' })).toBe(true);
    expect(isArticlePage({ ...base, site, urls: article })).toBe(false);
    expect(isArticlePage({ ...base, site, urls: section, ogType: 'article', published: true, byline: true })).toBe(false);
    expect(isArticlePage({ ...base, site, urls: section, ldArticle: true, headPublished: true, published: true })).toBe(true);
  });
});

describe('page text as kept', () => {
  it('loses bidi embedding, override and isolate controls, which would reverse the words shown next to it', () => {
    expect(clean('\u202eFiendtlig\u202c overskrift \u2066om\u2069 alt')).toBe('Fiendtlig overskrift om alt');
    expect(clean('Navn\u200f med merke')).toBe('Navn\u200f med merke');
  });
});
