// Scoring of extraction results against the ground truth of a corpus in the format of ../shared/corpus
// (its README defines the fields). Pure: the reading of files is in corpus.ts.
//
// The rules, as the README sets them and as the reference figures in issue 4 were computed:
// - article detection is scored on every page (precision, recall, F1 with "article" as the positive class);
// - every other field is scored on the pages annotated as articles only (the README does not say; the
//   references' section figure, 0.075 = 3/40, and language figure, 0.901 = 73/81, are only reachable so),
//   and only where the field's status
//   is `annotated` (a value to find) or `absent` (the extractor must return nothing); `unknown` is skipped;
// - headline: whitespace and invisible characters normalised; strict = the annotated value, also with its
//   site suffix stripped; lenient = the value or any listed alternative, each also without a site suffix;
// - byline: F1 of the name sets per page (case-insensitive), averaged over the scored pages;
// - published: compared to the day, as instants (UTC day) when both sides carry a time zone, else as written;
// - language: primary subtag, `no` and `nb` equal;
// - canonical URL: both sides normalised with utils/url.ts (a relative ground truth is resolved against the
//   page URL);
// - site name and section: case-insensitive after whitespace normalisation.
import type { ArticleSnapshot } from '../snapshot';
import { normalizeUrl } from '../url';

export interface ExpectedField<T = unknown> {
  value: T;
  status?: string;
  source?: string;
  alternatives?: string[];
  names_normalized?: string[];
  primary?: string;
}

/** The parts of an `expected.json` that scoring reads. */
export interface ExpectedPage {
  id: string;
  url: string | null;
  is_article: { value: boolean };
  page_type?: string;
  fields: {
    headline?: ExpectedField<string | null>;
    byline?: ExpectedField<string | string[] | null>;
    published?: ExpectedField<string | null>;
    site_name?: ExpectedField<string | null>;
    section?: ExpectedField<string | null>;
    is_opinion?: ExpectedField<boolean | null>;
    canonical_url?: ExpectedField<string | null>;
    language?: ExpectedField<string | null>;
  };
}

export const FIELD_NAMES = [
  'headlineLenient',
  'headlineStrict',
  'byline',
  'published',
  'siteName',
  'canonicalUrl',
  'language',
  'section',
  'opinion',
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** One page's outcome: `null` where the field is not scored on this page, else a score in 0..1. */
export interface PageScore {
  id: string;
  expectedArticle: boolean;
  predictedArticle: boolean;
  fields: Record<FieldName, number | null>;
}

const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff]/g;

function normalizeText(value: unknown): string {
  return typeof value === 'string' ? value.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim() : '';
}

const folded = (value: unknown) => normalizeText(value).toLowerCase();

/** A status that is scored: a value to find, or a curator-checked absence. */
function scored(field: ExpectedField | undefined): field is ExpectedField {
  const status = field?.status ?? (field && field.value !== null && field.value !== undefined ? 'annotated' : 'unknown');
  return status.startsWith('annotated') || status.startsWith('absent');
}

const isAbsent = (field: ExpectedField) => (field.status ?? '').startsWith('absent') || field.value === null;

/** Removes a trailing " - Site", " | Site", " : Site" or "_Site" part that names the site. */
export function stripSiteSuffix(title: string, siteNames: readonly string[]): string {
  const names = siteNames.map(folded).filter(Boolean);
  let text = normalizeText(title);
  for (let i = 0; i < 3; i++) {
    const m = /^(.*\S)\s*(?:\s[-|–—:·✩]|[_：])\s*([^-|–—:·✩_：]+)$/.exec(text);
    if (!m) break;
    const suffix = folded(m[2]);
    if (!names.some((name) => suffix === name || suffix.includes(name) || name.includes(suffix))) break;
    text = m[1]!;
  }
  return text;
}

function headlineScores(expected: ExpectedPage, got: string | null): { strict: number; lenient: number } | null {
  const field = expected.fields.headline;
  if (!scored(field)) return null;
  const ours = normalizeText(got);
  if (isAbsent(field)) return { strict: ours ? 0 : 1, lenient: ours ? 0 : 1 };
  const sites = [expected.fields.site_name?.value ?? ''].filter((s): s is string => typeof s === 'string');
  const value = normalizeText(field.value);
  const strict = [value, stripSiteSuffix(value, sites)];
  const lenient = [...strict, ...(field.alternatives ?? []).flatMap((alt) => [normalizeText(alt), stripSiteSuffix(alt, sites)])];
  return { strict: strict.includes(ours) ? 1 : 0, lenient: lenient.includes(ours) ? 1 : 0 };
}

/** F1 of two name lists, case-insensitive; two empty lists agree fully. */
export function nameF1(got: readonly string[], want: readonly string[]): number {
  const a = [...new Set(got.map(folded).filter(Boolean))];
  const b = new Set(want.map(folded).filter(Boolean));
  if (!a.length && !b.size) return 1;
  if (!a.length || !b.size) return 0;
  const hits = a.filter((name) => b.has(name)).length;
  return hits ? (2 * hits) / (a.length + b.size) : 0;
}

function bylineScore(expected: ExpectedPage, got: readonly string[]): number | null {
  const field = expected.fields.byline;
  if (!scored(field)) return null;
  if (isAbsent(field)) return got.length ? 0 : 1;
  const want = field.names_normalized ?? [field.value].flat().filter((v): v is string => typeof v === 'string');
  return nameF1(got, want);
}

const ZONE = /(?:Z|[+-]\d\d:?\d\d|\b(?:UTC|GMT|[ECMP][SD]T|CET|CEST)\b)\s*(?:\d{4})?$/i;

/** The day of a date string: its UTC day when it carries a zone and `asInstant` is set, else the written day. */
function dayOf(value: string, asInstant: boolean): string | null {
  const text = normalizeText(value);
  if (asInstant) {
    const time = Date.parse(text.replace(/^(\d{4}-\d\d-\d\d) (\d)/, '$1T$2').replace(/(\.\d{3})\d+/, '$1').replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
    if (!Number.isNaN(time)) return new Date(time).toISOString().slice(0, 10);
  }
  const iso = /^(\d{4})-?(\d\d)-?(\d\d)/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const time = Date.parse(text);
  if (Number.isNaN(time)) return null;
  const d = new Date(time);
  // A written day without ISO form: read it in the zone it names, approximated by the local parse.
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function sameDay(got: string, want: string): boolean {
  const zoned = ZONE.test(normalizeText(got)) && ZONE.test(normalizeText(want));
  const a = dayOf(got, zoned);
  return !!a && a === dayOf(want, zoned);
}

function publishedScore(expected: ExpectedPage, got: string | null): number | null {
  const field = expected.fields.published;
  if (!scored(field)) return null;
  if (isAbsent(field)) return got ? 0 : 1;
  return got && sameDay(got, String(field.value)) ? 1 : 0;
}

function textScore(field: ExpectedField<string | null> | undefined, got: string | null): number | null {
  if (!scored(field)) return null;
  if (isAbsent(field)) return normalizeText(got) ? 0 : 1;
  return folded(got) === folded(field.value) ? 1 : 0;
}

/** Primary language subtag; Norwegian Bokmål and the macrolanguage count as one. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const primary = /^[a-z]{2,3}/i.exec((tag ?? '').trim())?.[0].toLowerCase() ?? null;
  return primary === 'nb' ? 'no' : primary;
}

/** A page URL usable as a base: the corpus gives some as protocol-relative or as non-URLs. */
export function pageUrlOf(raw: string | null | undefined): string | null {
  const text = (raw ?? '').trim();
  const url = text.startsWith('//') ? `https:${text}` : text;
  return /^https?:\/\//i.test(url) ? url : null;
}

function canonicalScore(expected: ExpectedPage, got: string): number | null {
  const field = expected.fields.canonical_url;
  if (!scored(field)) return null;
  const base = pageUrlOf(expected.url) ?? undefined;
  // "Absent" means the page declares none: the page's own address is then the right answer.
  const want = isAbsent(field) ? normalizeUrl(base ?? '') : normalizeUrl(pageUrlOf(String(field.value)) ?? String(field.value), base);
  return want !== null && normalizeUrl(got) === want ? 1 : 0;
}

export function scorePage(expected: ExpectedPage, snapshot: ArticleSnapshot): PageScore {
  const article = expected.is_article.value;
  const fields = Object.fromEntries(FIELD_NAMES.map((name) => [name, null])) as Record<FieldName, number | null>;
  if (article) {
    const headline = headlineScores(expected, snapshot.headline);
    fields.headlineLenient = headline?.lenient ?? null;
    fields.headlineStrict = headline?.strict ?? null;
    fields.byline = bylineScore(expected, snapshot.byline);
    fields.published = publishedScore(expected, snapshot.published);
    fields.siteName = textScore(expected.fields.site_name, snapshot.siteName);
    fields.section = textScore(expected.fields.section, snapshot.section);
    fields.canonicalUrl = canonicalScore(expected, snapshot.canonicalUrl);
    const language = expected.fields.language;
    const wantLanguage = primaryLanguage(language?.primary ?? language?.value);
    fields.language = wantLanguage ? (primaryLanguage(snapshot.language) === wantLanguage ? 1 : 0) : null;
    const opinion = expected.fields.is_opinion?.value;
    fields.opinion = typeof opinion === 'boolean' ? (snapshot.isOpinion === opinion ? 1 : 0) : null;
  }
  return { id: expected.id, expectedArticle: article, predictedArticle: snapshot.isArticle, fields };
}

export interface Summary {
  pages: number;
  articles: number;
  detection: { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number };
  /** Mean score per field, and how many pages were scored for it. */
  fields: Record<FieldName, { mean: number; n: number }>;
}

export function summarize(scores: readonly PageScore[]): Summary {
  const tp = scores.filter((s) => s.expectedArticle && s.predictedArticle).length;
  const fp = scores.filter((s) => !s.expectedArticle && s.predictedArticle).length;
  const fn = scores.filter((s) => s.expectedArticle && !s.predictedArticle).length;
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const fields = {} as Summary['fields'];
  for (const name of FIELD_NAMES) {
    const values = scores.map((s) => s.fields[name]).filter((v): v is number => v !== null);
    fields[name] = { mean: values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN, n: values.length };
  }
  return { pages: scores.length, articles: scores.filter((s) => s.expectedArticle).length, detection: { precision, recall, f1, tp, fp, fn }, fields };
}

/** The rows of the table: our key, label, the two references, and the target. */
export const TARGETS: readonly { key: FieldName | 'detectionF1'; label: string; readability: number | null; metascraper: number | null; target: number }[] = [
  { key: 'detectionF1', label: 'article detection F1', readability: 0.904, metascraper: 0.933, target: 0.97 },
  { key: 'headlineLenient', label: 'headline, lenient', readability: 1.0, metascraper: 1.0, target: 0.99 },
  { key: 'headlineStrict', label: 'headline, strict', readability: 0.802, metascraper: 0.741, target: 0.85 },
  { key: 'byline', label: 'byline name F1', readability: 0.815, metascraper: 0.646, target: 0.9 },
  { key: 'published', label: 'published date, to the day', readability: 0.622, metascraper: 0.892, target: 0.95 },
  { key: 'siteName', label: 'site name', readability: 0.654, metascraper: 0.718, target: 0.95 },
  { key: 'canonicalUrl', label: 'canonical URL', readability: null, metascraper: 0.909, target: 0.97 },
  { key: 'language', label: 'language', readability: 0.901, metascraper: 0.901, target: 0.98 },
  { key: 'section', label: 'section', readability: 0.075, metascraper: 0.075, target: 0.8 },
  { key: 'opinion', label: 'opinion or not', readability: null, metascraper: null, target: 0.95 },
];

export function figure(summary: Summary, key: FieldName | 'detectionF1'): number {
  return key === 'detectionF1' ? summary.detection.f1 : summary.fields[key].mean;
}
