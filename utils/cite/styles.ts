import { safeHref } from '../format';
import type { Citable } from './citable';
import { type CiteDate, type CiteLang, isoDate, monthName, parseCiteDate, spokenDate } from './dates';
import { escapeInline, escapeMarkdown, markdownHref } from './markdown';
import { type CiteName, apaAuthors, familyName, namesInList, parseName } from './names';

export type CiteStyle = 'apa' | 'chicago' | 'mla' | 'bibtex' | 'csl-json' | 'markdown';

interface Work {
  names: CiteName[];
  title: string;
  container: string;
  /** The container repeats the only author (a press release on the organisation's own site). */
  containerIsAuthor: boolean;
  date: CiteDate | null;
  url: string | null;
  news: boolean;
  accessed: CiteDate | null;
}

const tidy = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function readWork(citable: Citable): Work {
  const container = tidy(citable.container);
  // A byline that repeats the outlet ("BBC News") is the outlet, not a person called News.
  const names = citable.authors
    .map(tidy)
    .filter(Boolean)
    .map((a): CiteName => (a.toLowerCase() === container.toLowerCase() ? { literal: a } : parseName(a)));
  const organisation = tidy(citable.organisation);
  if (!names.length && organisation) names.push({ literal: organisation });
  const only = names.length === 1 ? names[0]! : null;
  return {
    names,
    title: tidy(citable.title),
    container,
    containerIsAuthor: !!only && 'literal' in only && only.literal.toLowerCase() === container.toLowerCase(),
    date: parseCiteDate(citable.date),
    url: safeHref(citable.url),
    news: !!citable.genre,
    accessed: parseCiteDate(citable.accessed),
  };
}

/** Closes an element with a period unless it already ends a sentence ("B.", "…?"). */
const sentence = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

/**
 * A title in quotation marks followed by a period: American punctuation puts the period inside
 * ("Title."), Norwegian outside («Title».), as the CSL locales en-US and nb-NO do.
 */
function quotedTitle(title: string, lang: CiteLang): string {
  // The dataset writes "[a description]" where a work has no title; a description is not quoted.
  if (/^\[.*\]$/.test(title)) return sentence(title);
  // Quotation marks inside the title become the inner pair of the language.
  if (lang === 'en') return `"${sentence(title.replace(/"([^"]*)"/g, '‘$1’'))}"`;
  const inner = title.replace(/«/g, '‘').replace(/»/g, '’');
  return /[.?!]$/.test(inner) ? `«${inner}»` : `«${inner}».`;
}

const noDate = (lang: CiteLang) => (lang === 'en' ? 'n.d.' : 'u.å.');

/** APA 7 reference entry: author (or title), date, title, site, URL; no "Retrieved from". */
function apa(work: Work, lang: CiteLang): string {
  const { date } = work;
  let when = noDate(lang);
  if (date) {
    const month = date.month ? monthName(date.month, lang) : '';
    const day = date.day ? (lang === 'en' ? `${month} ${date.day}` : `${date.day}. ${month}`) : month;
    when = day ? `${date.year}, ${day}` : String(date.year);
  }
  const author = apaAuthors(work.names, lang);
  const head = author ? [sentence(author), `(${when}).`, work.title && sentence(work.title)] : [work.title && sentence(work.title), `(${when}).`];
  return [...head, !work.containerIsAuthor && work.container && sentence(work.container), work.url].filter(Boolean).join(' ');
}

/** Chicago notes-bibliography, bibliography entry; an unsigned newspaper piece is listed under the paper. */
function chicago(work: Work, lang: CiteLang): string {
  let lead = namesInList(work.names, lang, 'chicago');
  const paperLeads = !lead && work.news && !!work.container;
  if (paperLeads) lead = work.container;
  const when = work.date ? spokenDate(work.date, lang) : noDate(lang);
  const published = [paperLeads ? '' : work.container, when].filter(Boolean).join(', ');
  return [lead && sentence(lead), work.title && quotedTitle(work.title, lang), sentence(published), work.url && `${work.url}.`]
    .filter(Boolean)
    .join(' ');
}

/** MLA 9 works-cited entry. An organisation that also publishes the work is not repeated as its author. */
function mla(work: Work, lang: CiteLang): string {
  const lead = work.containerIsAuthor ? '' : namesInList(work.names, lang, 'mla');
  // MLA 9 allows the URL with its scheme when it should stay a link, which a pasted reply wants.
  const tail = [work.container, work.date && spokenDate(work.date, lang, true), work.url].filter(Boolean).join(', ');
  return [lead && sentence(lead), work.title && quotedTitle(work.title, lang), tail && `${tail}.`].filter(Boolean).join(' ');
}

function markdown(work: Work, lang: CiteLang): string {
  const label = work.title || work.url || '';
  const link = work.url ? `[${escapeInline(label)}](${markdownHref(work.url)})` : escapeMarkdown(label);
  const detail = [work.container, work.date && spokenDate(work.date, lang)].filter(Boolean).join(', ');
  return detail ? `${link} (${escapeInline(detail)})` : link;
}

/** An ASCII key such as "villa2021it": BibTeX keys cannot hold "ø". */
function citationKey(work: Work): string {
  const ascii = (text: string) =>
    text
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/[øœ]/g, 'o')
      .normalize('NFD')
      .replace(/[^a-z0-9 ]/g, '');
  const titleWord = ascii(work.title).split(' ').find(Boolean) ?? '';
  const first = work.names[0];
  const lead = first ? ascii(familyName(first)).replace(/ /g, '') : '';
  return `${lead}${work.date?.year ?? ''}${titleWord}` || 'tilsvar';
}

const TEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\^{}',
  '~': '\\~{}',
};
const tex = (text: string) => text.replace(/[\\{}%&$#_^~]/g, (c) => TEX_SPECIALS[c]!);

/**
 * biblatex: `@article` with `entrysubtype = {newspaper}` for newspaper pieces (as biblatex-apa reads
 * them), `@online` for other pages; `date` keeps exactly the known precision. Names stay in UTF-8;
 * an organisation is braced so it is not split into given and family names; the title is braced so no
 * style recases a Norwegian title.
 */
function bibtex(work: Work): string {
  const fields: [string, string][] = [];
  if (work.names.length) {
    const author = work.names.map((n) => ('literal' in n ? `{${tex(n.literal)}}` : `${tex(familyName(n))}, ${tex(n.given)}`));
    fields.push(['author', author.join(' and ')]);
  }
  if (work.title) fields.push(['title', `{${tex(work.title)}}`]);
  if (work.container) fields.push([work.news ? 'journaltitle' : 'organization', tex(work.container)]);
  if (work.news) fields.push(['entrysubtype', 'newspaper']);
  if (work.date) fields.push(['date', isoDate(work.date)]);
  // URLs are verbatim fields: only braces, which would end the field, are encoded.
  if (work.url) fields.push(['url', work.url.replace(/\{/g, '%7B').replace(/\}/g, '%7D')]);
  if (work.accessed) fields.push(['urldate', isoDate(work.accessed)]);
  const body = fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n');
  return `@${work.news ? 'article' : 'online'}{${citationKey(work)},\n${body}\n}`;
}

/** CSL-JSON, as Zotero and pandoc import it: an array of one item. */
function cslJson(work: Work): string {
  const parts = (date: CiteDate) => ({ 'date-parts': [[date.year, date.month, date.day].filter((n) => n !== undefined)] });
  const item = {
    id: citationKey(work),
    type: work.news ? 'article-newspaper' : 'webpage',
    title: work.title || undefined,
    author: work.names.length
      ? work.names.map((n) =>
          'literal' in n ? { literal: n.literal } : { family: n.family, given: n.given, 'non-dropping-particle': n.particle },
        )
      : undefined,
    'container-title': work.container || undefined,
    issued: work.date ? parts(work.date) : undefined,
    URL: work.url ?? undefined,
    accessed: work.accessed ? parts(work.accessed) : undefined,
  };
  // Date parts on one line, as CSL-JSON is usually written.
  return JSON.stringify([item], null, 2).replace(
    /"date-parts": \[\s*\[([\d,\s]+)\]\s*\]/g,
    (_, n: string) => `"date-parts": [[${n.trim().split(/,\s*/).join(', ')}]]`,
  );
}

/** Formats one citation as plain text (APA, Chicago, MLA), BibTeX, CSL-JSON or a Markdown link. */
export function formatCitation(citable: Citable, style: CiteStyle, lang: CiteLang): string {
  const work = readWork(citable);
  switch (style) {
    case 'apa':
      return apa(work, lang);
    case 'chicago':
      return chicago(work, lang);
    case 'mla':
      return mla(work, lang);
    case 'bibtex':
      return bibtex(work);
    case 'csl-json':
      return cslJson(work);
    case 'markdown':
      return markdown(work, lang);
  }
}
