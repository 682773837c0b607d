import { describe, expect, it } from 'vitest';
import { mayReceive, parseMessage, senderRole, type Message } from '../../utils/messages';
import type { ArticleSnapshot } from '../../utils/snapshot';

const EXTENSION = { id: 'abcdefghijklmnop', baseUrl: 'chrome-extension://abcdefghijklmnop/' };

const snapshot: ArticleSnapshot = {
  pageUrl: 'https://www.adressa.no/meninger/ordetfritt/2021/01/22/IT-som-kommunalt-verkt%C3%B8y-under-en-pandemi-23364628.ece',
  siteId: 'adressa',
  isArticle: true,
  canonicalUrl: 'https://adressa.no/meninger/ordetfritt/2021/01/22/IT-som-kommunalt-verkt%C3%B8y-under-en-pandemi-23364628.ece',
  outletArticleId: 'adressa:23364628',
  headline: 'IT som kommunalt verktøy under en pandemi',
  byline: ['Bjørn Villa'],
  published: '2021-01-22T06:00:00+01:00',
  modified: null,
  siteName: 'Adresseavisen',
  section: 'meninger',
  isOpinion: true,
  paywalled: false,
  language: 'nb',
  description: null,
};

describe('parseMessage: the background accepts only well-formed messages', () => {
  it('accepts each message of the protocol', () => {
    expect(parseMessage({ type: 'page:detected', snapshot })).toEqual({ type: 'page:detected', snapshot });
    expect(parseMessage({ type: 'context:get', tabId: 12 })).toEqual({ type: 'context:get', tabId: 12 });
    expect(parseMessage({ type: 'notice:hide', scope: 'site' })).toEqual({ type: 'notice:hide', scope: 'site' });
  });

  it('drops fields it does not know, so nothing extra reaches storage', () => {
    expect(parseMessage({ type: 'context:get', tabId: 3, evil: '<img onerror=alert(1)>' })).toEqual({ type: 'context:get', tabId: 3 });
  });

  const malformed: [string, unknown][] = [
    ['nothing', undefined],
    ['a string', 'page:detected'],
    ['an array', [{ type: 'context:get', tabId: 1 }]],
    ['an unknown type', { type: 'dataset:replace', data: {} }],
    ['a negative tab id', { type: 'context:get', tabId: -1 }],
    ['a fractional tab id', { type: 'context:get', tabId: 1.5 }],
    ['a tab id as text', { type: 'context:get', tabId: '1' }],
    ['an unknown notice scope', { type: 'notice:hide', scope: 'everything' }],
    ['a snapshot without a URL', { type: 'page:detected', snapshot: { ...snapshot, pageUrl: undefined } }],
    ['a snapshot with a number headline', { type: 'page:detected', snapshot: { ...snapshot, headline: 42 } }],
    ['a snapshot with a 100 KB headline', { type: 'page:detected', snapshot: { ...snapshot, headline: 'x'.repeat(100_000) } }],
    ['a snapshot with 10,000 authors', { type: 'page:detected', snapshot: { ...snapshot, byline: Array(10_000).fill('A') } }],
    ['a snapshot whose isArticle is "true"', { type: 'page:detected', snapshot: { ...snapshot, isArticle: 'true' } }],
    ['a snapshot that is an array', { type: 'page:detected', snapshot: [snapshot] }],
  ];
  it.each(malformed)('refuses %s', (_name, value) => {
    expect(parseMessage(value)).toBeNull();
  });

  it('is not fooled by __proto__ keys', () => {
    const hostile = JSON.parse('{"type":"context:get","tabId":1,"__proto__":{"type":"page:detected"}}');
    expect(parseMessage(hostile)).toEqual({ type: 'context:get', tabId: 1 });
    expect(({} as Record<string, unknown>).type).toBeUndefined();
  });
});

describe('senderRole and mayReceive: each message comes from one kind of sender', () => {
  const contentScript = { id: EXTENSION.id, url: snapshot.pageUrl, frameId: 0, tab: { id: 7, url: snapshot.pageUrl } };
  const popup = { id: EXTENSION.id, url: `${EXTENSION.baseUrl}popup.html?tab=7` };
  const framedPopup = { id: EXTENSION.id, url: `${EXTENSION.baseUrl}popup.html?tab=7&embedded=1`, frameId: 3, tab: { id: 7 } };
  const get: Message = { type: 'context:get', tabId: 7 };
  const detected: Message = { type: 'page:detected', snapshot };

  it('tells content scripts from extension pages, even an extension page inside a tab', () => {
    expect(senderRole(contentScript, EXTENSION)).toBe('content-script');
    expect(senderRole(popup, EXTENSION)).toBe('extension-page');
    expect(senderRole(framedPopup, EXTENSION)).toBe('extension-page');
  });

  it('ignores other extensions, sub-frames and senders without a tab', () => {
    expect(senderRole({ ...contentScript, id: 'someone-else' }, EXTENSION)).toBeNull();
    expect(senderRole({ ...contentScript, frameId: 2 }, EXTENSION)).toBeNull();
    expect(senderRole({ id: EXTENSION.id, url: 'https://www.adressa.no/' }, EXTENSION)).toBeNull();
    expect(senderRole({ id: EXTENSION.id, url: 'chrome-extension://abcdefghijklmnopX/popup.html', tab: { id: 1 } }, EXTENSION)).toBeNull();
  });

  it('lets a page describe itself only from its content script, and only extension pages read a tab', () => {
    expect(mayReceive(detected, 'content-script')).toBe(true);
    expect(mayReceive(detected, 'extension-page')).toBe(false);
    expect(mayReceive(get, 'extension-page')).toBe(true);
    expect(mayReceive(get, 'content-script')).toBe(false);
    expect(mayReceive(get, null)).toBe(false);
  });
});
