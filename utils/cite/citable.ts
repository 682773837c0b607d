import type { Source } from '../dataset/types';
import type { MatchedArticle, ResponseView, TimelineItem } from '../match/context';
import type { ArticleSnapshot } from '../snapshot';

/** One thing a debater can cite: an article, an official response or the source of a timeline event. */
export interface Citable {
  kind: 'article' | 'response' | 'event';
  title: string;
  /** People as written ("Bjørn Villa"); empty when unsigned or written by an organisation. */
  authors: string[];
  /** The author when no person signed it ("Trondheim kommune"); ignored when `authors` has names. */
  organisation?: string;
  /** Outlet or publisher ("Adresseavisen"). */
  container: string | null;
  /** "2021", "2021-01", "2021-01-22" or an ISO instant from a page (cited by its day in Oslo). */
  date: string | null;
  url: string | null;
  /** Set for newspaper pieces; anything else is cited as a web page. */
  genre?: 'news' | 'opinion';
  /** When the page was read; only BibTeX (`urldate`) and CSL-JSON (`accessed`) carry it. */
  accessed?: string;
}

// Channels on which the organisation itself publishes; a statement or correction is usually reported
// by someone else, whose author the dataset does not know.
const ORGANISATION_CHANNELS = new Set(['press-release', 'official-page', 'decision']);

/**
 * The open page. The dataset's outlet name is preferred to the page's own `og:site_name`, which is
 * often a short brand ("Adressa") or a domain; the page's date and headline are preferred to the
 * dataset's, since they are what the reader sees.
 */
export function citableFromSnapshot(
  snapshot: Pick<ArticleSnapshot, 'headline' | 'byline' | 'siteName' | 'published' | 'canonicalUrl' | 'pageUrl' | 'isOpinion'>,
  article?: Pick<MatchedArticle, 'headline' | 'outletName' | 'published' | 'genre'> | null,
): Citable {
  return {
    kind: 'article',
    title: snapshot.headline ?? article?.headline ?? '',
    authors: snapshot.byline,
    container: article?.outletName ?? snapshot.siteName,
    date: snapshot.published ?? article?.published ?? null,
    url: citedPageUrl(snapshot),
    genre: article?.genre ?? (snapshot.isOpinion ? 'opinion' : 'news'),
  };
}

const TRACKING_PARAM = /^(?:utm_|ns_|mc_|_ga$|fbclid$|gclid$|ref$|referrer$)/i;

/**
 * The address to cite for the open page: the page's own address without fragment or tracking
 * parameters. The snapshot's canonical URL is a matching key (https, no "www."), not the address as
 * published, so it is used only when the page address is not a web address.
 */
export function citedPageUrl(snapshot: Pick<ArticleSnapshot, 'canonicalUrl' | 'pageUrl'>): string {
  try {
    const url = new URL(snapshot.pageUrl);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return snapshot.canonicalUrl;
    for (const key of [...url.searchParams.keys()]) if (TRACKING_PARAM.test(key)) url.searchParams.delete(key);
    url.hash = '';
    return url.href;
  } catch {
    return snapshot.canonicalUrl;
  }
}

/**
 * A response cites the piece that carries it: its first source with a link. A debate piece is
 * signed by the person who answered; a press release, official page or decision is the organisation's.
 */
export function citableFromResponse(
  response: Pick<ResponseView, 'personName' | 'organisationName' | 'channel' | 'date' | 'sources'>,
): Citable {
  const source = response.sources.find((s) => s.url) ?? response.sources[0];
  const debate = response.channel === 'debate-piece';
  const signed = debate && !!response.personName;
  const byOrganisation = ORGANISATION_CHANNELS.has(response.channel) || (debate && !signed);
  return {
    ...(source ? citableFromSource(source, 'response') : { kind: 'response', title: '', authors: [], container: null, date: null, url: null }),
    authors: signed ? [response.personName!] : [],
    ...(byOrganisation && { organisation: response.organisationName }),
    date: source?.date ?? response.date,
    ...(debate && { genre: 'opinion' as const }),
  };
}

/** An event cites its first source; an event without one cites nothing but its own title and date. */
export function citableFromEvent(event: Pick<TimelineItem, 'title' | 'date' | 'sources'>): Citable {
  const source = event.sources[0];
  return source
    ? citableFromSource(source, 'event')
    : { kind: 'event', title: event.title, authors: [], container: null, date: event.date, url: null };
}

/** A dataset source names no author, so it is cited by its title. */
export function citableFromSource(source: Pick<Source, 'publisher' | 'title' | 'date' | 'url'>, kind: Citable['kind'] = 'event'): Citable {
  return { kind, title: source.title, authors: [], container: source.publisher, date: source.date ?? null, url: source.url ?? null };
}
