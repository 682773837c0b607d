import type { SearchResultView } from '../messages';
import { pooledStatistics } from '../search/bm25';
import { analyze } from '../search/text';
import type { MatchIndex } from './artefact';
import { entryView } from './entry-view';

/**
 * Free-text search over every entry of every index (bundled and packs), best BM25 score first, each term's
 * idf taken over all the indices: the popup's search box. Unlike topical matching it returns entries, not
 * stories, and has no confidence floor.
 */
export async function searchEntries(indices: readonly MatchIndex[], text: string, limit = 8): Promise<SearchResultView[]> {
  const words = [...new Set(analyze(text))].map((term) => ({ term, weight: 1 }));
  if (!words.length || !indices.length) return [];
  // Scores from several indices are put in one order, so every index weighs a term by its rarity over all of
  // them. By its rarity in one index alone, the same word found once is worth more in a large pack than in the
  // small bundled dataset, and the pack's entry would come first.
  const stats = pooledStatistics(indices.map((index) => index.text));
  // More terms than a query holds: the rarest over all the indices, chosen once for every index's search.
  const terms = indices[0]!.text.capTerms(words, stats);
  const hits = indices.flatMap((index) => index.text.search(terms, limit * 2, stats).map((hit) => ({ index, ...hit })));
  hits.sort((a, b) => b.score - a.score);

  const results: SearchResultView[] = [];
  const seen = new Set<string>();
  for (const hit of hits) {
    if (results.length >= limit) break;
    const { index } = hit;
    const recordNo = index.docRecord[hit.doc]!;
    const storyNo = index.docStory[hit.doc]!;
    await index.ensure([recordNo, storyNo]);
    const view = entryView(index, recordNo);
    if (view && !seen.has(view.id)) {
      seen.add(view.id);
      const storyTitle = view.kind === 'story' ? null : (index.record(storyNo, 'story')?.title ?? null);
      results.push({ ...view, storyTitle });
    }
  }
  return results;
}
