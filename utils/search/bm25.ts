import type { SectionData, Sections } from './binary';
import { buildTable, Table } from './table';
import { analyze } from './text';

/**
 * BM25 over weighted fields, in typed arrays. A posting packs the document number and its weighted
 * term frequency into one 32-bit word (doc << 7 | tf), so a term's postings are one contiguous run.
 */

export const K1 = 1.2;
export const B = 0.75;
const TF_BITS = 7;
const TF_MAX = (1 << TF_BITS) - 1;
/** The mask that says which query terms a hit matched has one bit per term. */
export const MAX_QUERY_TERMS = 32;
const THRESHOLD_SAMPLE = 2048;
export const COMMON_MIN_DOCS = 5000;
export const COMMON_FRACTION = 0.02;

export interface FieldText {
  text: string;
  weight: number;
}

export function buildBm25(prefix: string, docs: FieldText[][]): Record<string, SectionData> {
  if (docs.length >= 2 ** (32 - TF_BITS)) throw new Error('Too many documents for one index.');
  const postings = new Map<string, number[]>();
  const lengths = new Float32Array(docs.length);
  docs.forEach((fields, doc) => {
    const tf = new Map<string, number>();
    let length = 0;
    for (const field of fields) {
      for (const term of analyze(field.text)) {
        tf.set(term, (tf.get(term) ?? 0) + field.weight);
        length += field.weight;
      }
    }
    lengths[doc] = length;
    for (const [term, count] of tf) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push((doc << TF_BITS) | Math.min(TF_MAX, Math.round(count)));
    }
  });
  const average = docs.length ? lengths.reduce((a, b) => a + b, 0) / docs.length || 1 : 1;
  // The length part of BM25's denominator, computed once here rather than per posting per query.
  const norms = lengths.map((length) => K1 * (1 - B + (B * length) / average));
  // Per term, the most one posting contributes before idf: a tight bound for MaxScore pruning.
  const maxParts = new Float32Array(postings.size);
  let t = 0;
  for (const list of postings.values()) {
    let max = 0;
    for (const packed of list) {
      const tf = packed & TF_MAX;
      max = Math.max(max, (tf * (K1 + 1)) / (tf + norms[packed >>> TF_BITS]!));
    }
    // Rounded up, so float32 storage never makes the bound smaller than the truth.
    maxParts[t++] = max * (1 + 1e-6) + 1e-6;
  }
  return { ...buildTable(`${prefix}.terms`, postings), [`${prefix}.norms`]: norms, [`${prefix}.maxParts`]: maxParts };
}

/** Inverse document frequency of a term found in `df` of `docCount` documents (BM25's, never negative). */
function idfOf(docCount: number, df: number): number {
  return Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
}

/** How many documents there are, and how many hold a term: one index's, or those of several searched together. */
export interface TermStatistics {
  readonly docCount: number;
  documentFrequency(term: string): number;
}

/** The statistics of several indices as one: their results can then be put in one order by score. */
export function pooledStatistics(parts: readonly TermStatistics[]): TermStatistics {
  return {
    docCount: parts.reduce((sum, part) => sum + part.docCount, 0),
    documentFrequency: (term) => parts.reduce((sum, part) => sum + part.documentFrequency(term), 0),
  };
}

export interface QueryTerm {
  term: string;
  /** Multiplies the term's contribution: actor names found in the article count more. */
  weight: number;
}

export interface SearchHit {
  doc: number;
  score: number;
  /** Bit i set: the hit contains query term i (of the query as `capTerms` leaves it). */
  termMask: number;
}

/**
 * At most `MAX_QUERY_TERMS` of the terms: all of them, in the order given, when they fit; else the rarest by
 * `idf`, rarest first (ties in the order given).
 */
export function rarestTerms<T extends { term: string }>(terms: T[], idf: (term: string) => number): T[] {
  if (terms.length <= MAX_QUERY_TERMS) return terms;
  return terms
    .map((t) => ({ t, idf: idf(t.term) }))
    .sort((a, b) => b.idf - a.idf)
    .slice(0, MAX_QUERY_TERMS)
    .map(({ t }) => t);
}

export class Bm25Index implements TermStatistics {
  readonly terms: Table;
  readonly norms: Float32Array;
  private readonly maxParts: Float32Array;
  private scores: Float32Array;
  private masks: Uint32Array;
  private touched: Uint32Array;

  constructor(sections: Sections, prefix: string) {
    this.terms = new Table(sections, `${prefix}.terms`);
    this.norms = sections.f32(`${prefix}.norms`);
    this.maxParts = sections.f32(`${prefix}.maxParts`);
    this.scores = new Float32Array(this.norms.length);
    this.masks = new Uint32Array(this.norms.length);
    this.touched = new Uint32Array(this.norms.length);
  }

  get docCount(): number {
    return this.norms.length;
  }

  /** How many documents hold the term. */
  documentFrequency(term: string): number {
    const entry = this.terms.find(term);
    return entry < 0 ? 0 : this.terms.valuesAt(entry).length;
  }

  /** Inverse document frequency of a term (by this index's statistics unless others are given), or 0 for a term none holds. */
  idf(term: string, stats: TermStatistics = this): number {
    const df = stats.documentFrequency(term);
    return df ? idfOf(stats.docCount, df) : 0;
  }

  /**
   * At most `MAX_QUERY_TERMS` of the terms, the rarest by `stats` (this index's own by default): see `rarestTerms`.
   * `search` applies it itself; a caller that reads `termMask` applies it first, so that bit i stands for term i
   * of the list it holds.
   */
  capTerms<T extends { term: string }>(terms: T[], stats: TermStatistics = this): T[] {
    return rarestTerms(terms, (term) => this.idf(term, stats));
  }

  /** Query text → distinct terms, the rarest first when there are more than a mask can hold. */
  queryTerms(text: string): QueryTerm[] {
    return this.capTerms([...new Set(analyze(text))].map((term) => ({ term, weight: 1 })));
  }

  /**
   * The `limit` best documents by BM25. Terms are taken rarest first, with two kinds of pruning:
   * - MaxScore (exact): once the terms left could not lift a document outside the running top `limit`
   *   into it, those terms only score the documents that still can make it;
   * - common terms (as Lucene's CommonTermsQuery): in an index of at least `COMMON_MIN_DOCS` documents,
   *   a term found in more than `COMMON_FRACTION` of them only scores documents that a rarer query term
   *   found. Such a term is worth little (idf < 2.3) and would otherwise cost a scan of most of the index.
   * Each term's idf comes from `stats`: this index's own by default, or several indices' pooled, so that
   * scores from all of them can be put in one order. The pruning stays with this index's own postings.
   */
  search(query: QueryTerm[], limit = 10, stats: TermStatistics = this): SearchHit[] {
    const { scores, masks, touched, norms } = this;
    const n = this.docCount;
    const terms: { postings: Uint32Array; idf: number; bit: number; bound: number }[] = [];
    this.capTerms(query, stats).forEach(({ term, weight }, i) => {
      const entry = this.terms.find(term);
      if (entry < 0) return;
      const postings = this.terms.valuesAt(entry);
      const idf = weight * (stats === this ? idfOf(n, postings.length) : this.idf(term, stats));
      terms.push({ postings, idf, bit: 1 << i, bound: idf * this.maxParts[entry]! });
    });
    terms.sort((a, b) => b.bound - a.bound);
    const remaining = new Float64Array(terms.length + 1);
    for (let t = terms.length - 1; t >= 0; t--) remaining[t] = remaining[t + 1]! + terms[t]!.bound;
    const common = n >= COMMON_MIN_DOCS ? n * COMMON_FRACTION : Infinity;

    let touchedCount = 0;
    let best = 0;
    // Once set, only these documents are scored further; the others are out of the running.
    let eligible: Uint32Array | null = null;
    let eligibleCount = 0;
    for (let t = 0; t < terms.length; t++) {
      const { postings, idf, bit } = terms[t]!;
      if (!eligible && touchedCount > 0 && postings.length > common) {
        eligible = touched;
        eligibleCount = touchedCount;
      }
      if (!eligible && touchedCount >= limit && remaining[t]! < best) {
        // A lower bound of the k-th best score keeps the result exact; the first documents scored
        // (by the rarest terms) give a good one cheaply.
        const threshold = kthScore(scores, touched, Math.min(touchedCount, THRESHOLD_SAMPLE), limit);
        if (remaining[t]! < threshold) {
          eligible = new Uint32Array(touchedCount);
          for (let i = 0; i < touchedCount; i++) {
            const doc = touched[i]!;
            if (scores[doc]! + remaining[t]! >= threshold) eligible[eligibleCount++] = doc;
            else scores[doc] = 0;
          }
        }
      }
      if (eligible) {
        if (eligibleCount * Math.log2(postings.length + 1) < postings.length) {
          for (let c = 0; c < eligibleCount; c++) {
            const doc = eligible[c]!;
            if (scores[doc] === 0) continue;
            const packed = findPosting(postings, doc);
            if (packed < 0) continue;
            const tf = packed & TF_MAX;
            scores[doc] = scores[doc]! + (idf * tf * (K1 + 1)) / (tf + norms[doc]!);
            masks[doc] = masks[doc]! | bit;
          }
        } else {
          for (let p = 0; p < postings.length; p++) {
            const packed = postings[p]!;
            const doc = packed >>> TF_BITS;
            const previous = scores[doc]!;
            if (previous === 0) continue;
            const tf = packed & TF_MAX;
            scores[doc] = previous + (idf * tf * (K1 + 1)) / (tf + norms[doc]!);
            masks[doc] = masks[doc]! | bit;
          }
        }
        continue;
      }
      for (let p = 0; p < postings.length; p++) {
        const packed = postings[p]!;
        const doc = packed >>> TF_BITS;
        const tf = packed & TF_MAX;
        const previous = scores[doc]!;
        if (previous === 0) touched[touchedCount++] = doc;
        const score = previous + (idf * tf * (K1 + 1)) / (tf + norms[doc]!);
        scores[doc] = score;
        if (score > best) best = score;
        masks[doc] = masks[doc]! | bit;
      }
    }
    const pool = eligible ?? touched;
    const poolCount = eligible ? eligibleCount : touchedCount;
    const hits = topK(scores, pool, poolCount, limit)
      .filter((doc) => scores[doc]! > 0)
      .map((doc) => ({ doc, score: scores[doc]!, termMask: masks[doc]! }));
    for (let i = 0; i < touchedCount; i++) {
      scores[touched[i]!] = 0;
      masks[touched[i]!] = 0;
    }
    return hits;
  }
}

/** The posting of `doc` in a term's postings (sorted by document), or -1. */
function findPosting(postings: Uint32Array, doc: number): number {
  let lo = 0;
  let hi = postings.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const value = postings[mid]!;
    const at = value >>> TF_BITS;
    if (at === doc) return value;
    if (at < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The `k`-th highest score among the touched documents. */
function kthScore(scores: Float32Array, docs: Uint32Array, count: number, k: number): number {
  const top = topK(scores, docs, count, k);
  return top.length < k ? 0 : scores[top[top.length - 1]!]!;
}

/** The `limit` best documents by score, best first, ties broken by document number for stable output. */
function topK(scores: Float32Array, docs: Uint32Array, count: number, limit: number): number[] {
  if (limit <= 0 || count === 0) return [];
  const heap: number[] = [];
  const worse = (a: number, b: number) => scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);
  for (let i = 0; i < count; i++) {
    const doc = docs[i]!;
    if (heap.length < limit) {
      heap.push(doc);
      let c = heap.length - 1;
      while (c > 0) {
        const parent = (c - 1) >> 1;
        if (!worse(heap[c]!, heap[parent]!)) break;
        [heap[c], heap[parent]] = [heap[parent]!, heap[c]!];
        c = parent;
      }
    } else if (worse(heap[0]!, doc)) {
      heap[0] = doc;
      let c = 0;
      for (;;) {
        const l = 2 * c + 1;
        const r = l + 1;
        let m = c;
        if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r;
        if (m === c) break;
        [heap[c], heap[m]] = [heap[m]!, heap[c]!];
        c = m;
      }
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
}
