// The targets of issue 4 on the shared corpus of real saved pages (outside the repository; never copied into it).
// Skipped when ../shared/corpus is not next to the repository. `npm run eval:corpus` prints the full table.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractSnapshot } from '../../utils/extract';
import { loadCorpus, readPageHtml } from '../../utils/extract/corpus';
import { TARGETS, figure, scorePage, summarize } from '../../utils/extract/score';

const dir = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

describe.skipIf(!existsSync(dir))('extraction on ../shared/corpus', () => {
  const pages = existsSync(dir) ? loadCorpus(dir) : [];
  const scores = pages.map((page) => {
    const { document } = parseHTML(readPageHtml(page));
    return { page, score: scorePage(page.expected, extractSnapshot(document as unknown as Document, page.pageUrl)) };
  });
  const overall = summarize(scores.map((s) => s.score));

  it('has the pages of the corpus', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  it.each(TARGETS.map((t) => [t.label, t] as const))('meets the target for %s', (_label, target) => {
    expect(figure(overall, target.key)).toBeGreaterThanOrEqual(target.target);
  });

  it('beats both reference extractors on every field they were scored on', () => {
    for (const target of TARGETS) {
      for (const reference of [target.readability, target.metascraper]) {
        if (reference !== null && reference < 1) expect(figure(overall, target.key), target.label).toBeGreaterThan(reference);
      }
    }
  });

  it('takes every Norwegian page for an article and reads its headline, site and date', () => {
    const norwegian = scores.filter((s) => s.page.norwegian);
    expect(norwegian.length).toBeGreaterThan(0);
    for (const { page, score } of norwegian) {
      expect(score.predictedArticle, page.id).toBe(true);
      expect(score.fields.headlineLenient, page.id).toBe(1);
      expect(score.fields.siteName, page.id).toBe(1);
      expect(score.fields.published, page.id).toBe(1);
    }
  });
});
