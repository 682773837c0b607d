// The snapshot contract the extractor promises and the background enforces: what every extraction must satisfy,
// whatever the page. Shared by the stress and fuzz tests.
import { expect } from 'vitest';
import { parseMessage } from '../../utils/messages';
import type { ArticleSnapshot } from '../../utils/snapshot';

const ISO = /^\d{4}-\d\d-\d\d(?:T\d\d:\d\d:\d\d(?:Z|[+-]\d\d:\d\d)?)?$/;

export function expectWithinContract(snapshot: ArticleSnapshot): void {
  // The background's own gate: a snapshot it refuses would leave the popup on "loading" for ever.
  expect(parseMessage({ type: 'page:detected', snapshot })).not.toBeNull();
  expect(Object.keys(snapshot).sort()).toEqual(
    ['byline', 'canonicalUrl', 'description', 'headline', 'isArticle', 'isOpinion', 'language', 'modified', 'outletArticleId', 'pageUrl', 'paywalled', 'published', 'section', 'siteId', 'siteName'].sort(),
  );
  expect(snapshot.pageUrl.length).toBeLessThanOrEqual(5000);
  expect(snapshot.canonicalUrl.length).toBeLessThanOrEqual(5000);
  expect(snapshot.headline?.length ?? 0).toBeLessThanOrEqual(500);
  expect(snapshot.description?.length ?? 0).toBeLessThanOrEqual(1000);
  expect(snapshot.siteName?.length ?? 0).toBeLessThanOrEqual(200);
  expect(snapshot.section?.length ?? 0).toBeLessThanOrEqual(100);
  expect(snapshot.byline.length).toBeLessThanOrEqual(10);
  for (const name of snapshot.byline) expect(name.length).toBeGreaterThan(0), expect(name.length).toBeLessThanOrEqual(120);
  for (const text of [snapshot.headline, snapshot.description, snapshot.siteName, snapshot.section, ...snapshot.byline]) {
    if (text !== null) expect(text).toBe(text.trim());
  }
  if (snapshot.language !== null) expect(snapshot.language).toMatch(/^[a-z]{2,3}$/);
  for (const date of [snapshot.published, snapshot.modified]) if (date !== null) expect(date).toMatch(ISO);
}
