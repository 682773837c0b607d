import type { Source } from '../dataset/types';
import type { ContextResult, ResponseView, TimelineItem } from '../match/context';
import type { ArticleSnapshot } from '../snapshot';
import { citableFromSource, citedPageUrl } from './citable';
import { type CiteLang, parseCiteDate, spokenDate } from './dates';
import { escapeInline, escapeMarkdown } from './markdown';
import { formatCitation } from './styles';
import { SUMMARY_WORDS } from './words';

type SummaryResponse = Pick<ResponseView, 'personName' | 'role' | 'organisationName' | 'date' | 'channel' | 'stance' | 'summary' | 'quote' | 'respondsTo' | 'sources'>;
type SummaryEvent = Pick<TimelineItem, 'date' | 'dateNote' | 'title' | 'current' | 'sources'>;

const when = (date: string | null, lang: CiteLang) => {
  const parsed = parseCiteDate(date);
  return parsed ? spokenDate(parsed, lang) : '';
};

function sourceLines(sources: Source[], lang: CiteLang, label: string): string[] {
  return sources.map((source) => {
    const note = source.note ? ` — ${escapeInline(source.note)}` : '';
    return `  - ${label}: ${formatCitation(citableFromSource(source), 'markdown', lang)}${note}`;
  });
}

/**
 * The open article with its official responses, its timeline and every source, as Markdown ready to
 * paste into a reply. Related stories found only by shared words are left out: the summary states
 * links the dataset records, never guesses.
 */
export function contextSummaryMarkdown(
  snapshot: Pick<ArticleSnapshot, 'headline' | 'byline' | 'siteName' | 'published' | 'canonicalUrl' | 'pageUrl'>,
  context: { article: Pick<NonNullable<ContextResult['article']>, 'headline' | 'outletName' | 'published'> | null; responses: SummaryResponse[]; timeline: SummaryEvent[] },
  lang: CiteLang,
): string {
  const words = SUMMARY_WORDS[lang];
  const { article } = context;
  const heading = formatCitation(
    { kind: 'article', title: snapshot.headline ?? article?.headline ?? words.unknownArticle, authors: [], container: null, date: null, url: citedPageUrl(snapshot) },
    'markdown',
    lang,
  );
  const byline = [
    snapshot.byline.join(', '),
    article?.outletName ?? snapshot.siteName,
    when(snapshot.published, lang) || when(article?.published ?? null, lang),
  ].filter(Boolean);
  const lines = [`## ${heading}`, ''];
  if (byline.length) lines.push(escapeMarkdown(byline.join(' · ')), '');

  lines.push(`### ${words.responses}`, '');
  if (!context.responses.length) lines.push(words.noResponses);
  for (const response of context.responses) {
    const person = [response.personName, response.role].filter(Boolean).join(', ');
    const head = [person, when(response.date, lang), words.channel[response.channel] ?? response.channel].filter(Boolean);
    lines.push(`- **${escapeInline(response.organisationName)}** — ${escapeInline(head.join(' · '))}`);
    lines.push(`  - ${escapeMarkdown(`${words.stance[response.stance] ?? response.stance}: ${response.summary}`)}`);
    if (response.quote) lines.push(`  - ${escapeMarkdown(lang === 'en' ? `“${response.quote}”` : `«${response.quote}»`)}`);
    const target = response.respondsTo.claim ?? response.respondsTo.headline;
    if (target) lines.push(`  - ${escapeMarkdown(`${words.answers}: ${target}`)}`);
    lines.push(...sourceLines(response.sources, lang, words.source));
  }

  lines.push('', `### ${words.timeline}`, '');
  if (!context.timeline.length) lines.push(words.noTimeline);
  for (const event of context.timeline) {
    // The date goes in bold so that "22. mai 2014" at the start of an item is not read as a numbered list.
    const date = `**${escapeInline(when(event.date, lang) || event.date)}**`;
    const title = escapeInline(event.title);
    lines.push(event.current ? `- ${date} — **${title}** (${words.youAreHere.toLowerCase()})` : `- ${date} — ${title}`);
    if (event.dateNote) lines.push(`  - ${escapeMarkdown(`${words.note}: ${event.dateNote}`)}`);
    lines.push(...sourceLines(event.sources, lang, words.source));
  }

  lines.push('', '---', '', `_${words.compiled}_`, '');
  return lines.join('\n');
}
