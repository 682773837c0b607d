import { describe, expect, it } from 'vitest';
import { normalizeUrl, outletArticleId } from '../../utils/url';

const VILLA = 'https://adressa.no/meninger/ordetfritt/2021/01/22/IT-som-kommunalt-verkt%C3%B8y-under-en-pandemi-23364628.ece';

describe('normalizeUrl', () => {
  it.each([
    ['http → https, www dropped', 'http://www.adressa.no/nyheter/', 'https://adressa.no/nyheter/'],
    ['m. dropped, host lower-cased', 'https://M.Adressa.NO/nyheter/', 'https://adressa.no/nyheter/'],
    ['default ports dropped', 'https://www.adressa.no:443/a', 'https://adressa.no/a'],
    ['http default port dropped', 'http://adressa.no:80/a', 'https://adressa.no/a'],
    ['other port kept', 'http://localhost:8080/a', 'https://localhost:8080/a'],
    ['fragment removed', 'https://adressa.no/a#kommentarer', 'https://adressa.no/a'],
    ['credentials removed', 'https://user:secret@adressa.no/a', 'https://adressa.no/a'],
    ['root gets its slash', 'https://www.adressa.no', 'https://adressa.no/'],
    ['trailing slash kept', 'https://adressa.no/nyheter/', 'https://adressa.no/nyheter/'],
    ['no trailing slash kept', 'https://adressa.no/nyheter', 'https://adressa.no/nyheter'],
    ['empty query dropped', 'https://adressa.no/a?', 'https://adressa.no/a'],
    ['trailing dot of host dropped', 'https://www.adressa.no./a', 'https://adressa.no/a'],
    ['dot segments resolved', 'https://adressa.no/a/../b/./c', 'https://adressa.no/b/c'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });

  it('removes every tracking parameter and sorts the rest', () => {
    const raw =
      'https://www.vg.no/x?utm_source=fb&z=1&ns_campaign=frontpage&fbclid=AbC&a=2&gclid=1&mc_cid=2&mc_eid=3&_ga=4&ref=twitter&referrer=x&UTM_Medium=y';
    expect(normalizeUrl(raw)).toBe('https://vg.no/x?a=2&z=1');
  });

  it('removes the Amedia ns_* and other click-tracking parameters', () => {
    expect(normalizeUrl('https://www.f-b.no/x/o/5-59-1?ns_campaign=frontpage&ns_mchannel=recommend_button&ns_source=facebook')).toBe('https://f-b.no/x/o/5-59-1');
    expect(normalizeUrl('https://example.com/a?gclid=1&msclkid=2&dclid=3&igshid=4&at_medium=x&_gl=5&ref_src=twsrc&id=7')).toBe('https://example.com/a?id=7');
  });

  it('folds AMP and mobile variants into the article address', () => {
    const canonical = 'https://example.com/news/2024/05/06/a-story';
    for (const variant of [
      'https://amp.example.com/news/2024/05/06/a-story',
      'https://example.com/amp/news/2024/05/06/a-story',
      'https://example.com/news/2024/05/06/a-story/amp',
      'https://example.com/news/2024/05/06/a-story/amp/',
      'https://example.com/news/2024/05/06/a-story?amp',
      'https://example.com/news/2024/05/06/a-story?amp=1',
      'https://example.com/news/2024/05/06/a-story?outputType=amp',
      'https://mobil.example.com/news/2024/05/06/a-story',
      'https://m.example.com/news/2024/05/06/a-story',
    ]) {
      expect(normalizeUrl(variant), variant).toBe(canonical);
    }
    expect(normalizeUrl('https://example.com/amp')).toBe('https://example.com/amp');
    expect(normalizeUrl('https://example.com/x?outputType=json')).toBe('https://example.com/x?outputType=json');
  });

  it('keeps parameters that only look like tracking ones', () => {
    expect(normalizeUrl('https://example.com/x?reference=1&page=2')).toBe('https://example.com/x?page=2&reference=1');
  });

  it('folds the case of percent escapes so both spellings of the Villa URL are equal', () => {
    const lower = 'http://www.adressa.no/meninger/ordetfritt/2021/01/22/IT-som-kommunalt-verkt%c3%b8y-under-en-pandemi-23364628.ece';
    const raw = 'https://www.adressa.no/meninger/ordetfritt/2021/01/22/IT-som-kommunalt-verktøy-under-en-pandemi-23364628.ece';
    expect(normalizeUrl(lower)).toBe(VILLA);
    expect(normalizeUrl(raw)).toBe(VILLA);
    expect(normalizeUrl(`${VILLA}?utm_source=facebook#top`)).toBe(VILLA);
  });

  it('decodes escapes of unreserved characters only', () => {
    expect(normalizeUrl('https://example.com/%7euser/a%2Fb?q=a%2db')).toBe('https://example.com/~user/a%2Fb?q=a-b');
  });

  it('resolves relative addresses against a base', () => {
    expect(normalizeUrl('/presserom/sak', 'https://www.tine.no/x/y')).toBe('https://tine.no/presserom/sak');
    expect(normalizeUrl('https://a.example/x', 'not a base')).toBe('https://a.example/x');
  });

  it.each(['', 'not a url', 'ftp://adressa.no/a', 'file:///tmp/a.html', 'javascript:alert(1)', 'mailto:x@adressa.no', '/relative/only'])(
    'returns null for %j',
    (input) => {
      expect(normalizeUrl(input)).toBeNull();
    },
  );
});

describe('outletArticleId', () => {
  it('reads the Adressa id from legacy and current URLs', () => {
    expect(outletArticleId(VILLA)).toBe('adressa:23364628');
    expect(outletArticleId('http://m.adressa.no/meninger/2018/09/11/Leder-17491619.ece')).toBe('adressa:17491619');
    expect(outletArticleId('https://www.adressa.no/midtnorskdebatt/i/VP3841/takk-for-kampen')).toBe('adressa:VP3841');
  });

  it('gives short forms and full article URLs the same id', () => {
    expect(outletArticleId('https://www.vg.no/i/zAO6pO')).toBe('vg:zAO6pO');
    expect(outletArticleId('https://www.vg.no/sport/i/zAO6pO/roerne-lars-martin-benske-og-ask-tjoem-klar-for-ol-finale-i-lettvekt-dobbeltsculler')).toBe('vg:zAO6pO');
    expect(outletArticleId('https://www.nettavisen.no/5-95-1942999')).toBe('nettavisen:5-95-1942999');
    expect(outletArticleId('https://www.nettavisen.no/nyheter/venezuelas-president-over-2000-personer-er-pagrepet/s/5-95-1942999')).toBe('nettavisen:5-95-1942999');
    expect(outletArticleId('https://www.nrk.no/kultur/1.15652761')).toBe('nrk:1.15652761');
    expect(outletArticleId('https://m.nrk.no/trondelag/slug-1.15652761?utm_source=x')).toBe('nrk:1.15652761');
  });

  it('reads the id of every publisher family', () => {
    expect(outletArticleId('https://www.dagbladet.no/nyheter/nordmann-domt-til-livstid/81348547')).toBe('dagbladet:81348547');
    expect(outletArticleId('https://www.tv2.no/a/14533682/')).toBe('tv2:14533682');
    expect(outletArticleId('https://www.dn.no/smak/mat/kaffe-sape-og-ruset-meitemark/2-1-74194')).toBe('dn:2-1-74194');
    expect(outletArticleId('https://www.t-a.no/senterpartiet-ma-forlate-styrerommet-i-tronder-avisa/o/5-122-46255')).toBe('t-a:5-122-46255');
    expect(outletArticleId('https://www.abcnyheter.no/nyheter/norge/2020/12/28/195729355/slik-er-planen-videre-for-koronavaksineringen')).toBe('abcnyheter:195729355');
  });

  it('is null for front pages, unregistered sites and garbage', () => {
    expect(outletArticleId('https://www.adressa.no/')).toBeNull();
    expect(outletArticleId('https://www.example-news.test/article/1')).toBeNull();
    expect(outletArticleId('https://notadressa.no/nyheter/2021/01/22/Sak-23364628.ece')).toBeNull();
    expect(outletArticleId('nonsense')).toBeNull();
  });
});
