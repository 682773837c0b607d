import { useState } from 'preact/hooks';
import { formatPageDate } from '../utils/format';
import { t, uiLanguage } from '../utils/i18n';
import type { TabContext } from '../utils/messages';
import type { ArticleSnapshot } from '../utils/snapshot';
import { citableFromSnapshot } from '../utils/cite/citable';
import type { ContextResult } from '../utils/match/context';
import { CiteMenu, citeLanguage, loadCite, useCopy } from './CiteMenu';
import { LinkedArticles, RelatedStories } from './LinkedArticles';
import { eventLabel, ReportButton, responseLabel, type ReportRequest } from './ReportButton';
import { ResponseCard } from './ResponseCard';
import { ReviewPanel } from './ReviewPanel';
import { Timeline } from './Timeline';

/** How the page was found, in words; topical hits say so in their own section instead. */
const MATCH_LAYER_TEXT: Partial<Record<ContextResult['match']['layer'], string>> = {
  url: 'matchedBy_same_url',
  'outlet-id': 'matchedBy_same_article_id',
  headline: 'matchedBy_same_headline',
  'cited-source': 'matchedBy_cited_source',
};

/** Everything the popup shows, from one tab's state. `null` means the state is still being fetched. */
export function PopupView({ state }: { state: TabContext | null }) {
  if (state === null || state.status === 'pending') {
    return <Notice kind="loading" title={t('stateLoadingTitle')} text={t('stateLoadingText')} />;
  }
  switch (state.status) {
    case 'disabled':
      return <Notice kind="disabled" title={t('stateDisabledTitle')} text={t('stateDisabledText')} />;
    case 'unsupported':
      return <Notice kind="unsupported" title={t('stateUnsupportedTitle')} text={t('stateUnsupportedText')} />;
    case 'error':
      return <Notice kind="error" title={t('stateErrorTitle')} text={t('stateErrorText', state.message)} />;
    case 'not-article':
      return <Notice kind="not-article" title={t('stateNotArticleTitle')} text={t('stateNotArticleText')} />;
    case 'article':
      return <ArticleView snapshot={state.snapshot} context={state.context} />;
  }
}

function ArticleView({ snapshot, context }: { snapshot: ArticleSnapshot; context: ContextResult }) {
  const [reportRequest, setReportRequest] = useState<ReportRequest | null>(null);
  const report = (kind: ReportRequest['kind']) => (itemId: string) => setReportRequest({ kind, itemId });
  const hasContext = context.responses.length > 0 || context.timeline.length > 0;
  return (
    <>
      <ArticleHeader snapshot={snapshot} context={context} />
      <div class="content">
        {!hasContext && <Notice kind="no-context" title={t('stateNoContextTitle')} text={t('stateNoContextText')} />}
        {MATCH_LAYER_TEXT[context.match.layer] && <p class="matched-by">{t(MATCH_LAYER_TEXT[context.match.layer]!)}</p>}
        {context.responses.length > 0 && (
          <section aria-labelledby="responses-heading" data-section="responses">
            <h2 id="responses-heading">{t('sectionResponses')}</h2>
            {context.responses.map((response) => (
              <ResponseCard key={response.id} response={response} onReport={() => report('response')(response.id)} />
            ))}
            <ReportButton
              pageUrl={snapshot.canonicalUrl}
              kind="response"
              items={context.responses.map((r) => ({ id: r.id, label: responseLabel(r) }))}
              request={reportRequest}
            />
          </section>
        )}
        {context.timeline.length > 0 && (
          <section aria-labelledby="timeline-heading" data-section="timeline">
            <h2 id="timeline-heading">{t('sectionTimeline')}</h2>
            {context.stories.map((story) => (
              <p key={story.id} class="story">
                <span class="why">{t('sameStory', story.title)}</span> {story.summary}
              </p>
            ))}
            <Timeline items={context.timeline} onReport={report('event')} />
            <ReportButton
              pageUrl={snapshot.canonicalUrl}
              kind="event"
              items={context.timeline.map((e) => ({ id: e.id, label: eventLabel(e) }))}
              request={reportRequest}
            />
          </section>
        )}
        {context.links.length > 0 && (
          <section aria-labelledby="links-heading" data-section="links">
            <h2 id="links-heading">{t('sectionLinks')}</h2>
            <LinkedArticles links={context.links} />
            <ReportButton pageUrl={snapshot.canonicalUrl} kind="link" items={context.links.map((l) => ({ id: l.id, label: l.headline ?? l.summary }))} />
          </section>
        )}
        {context.related.length > 0 && (
          <section aria-labelledby="related-heading" data-section="related" class="weaker">
            <h2 id="related-heading">{t('sectionRelated')}</h2>
            <p class="hint">{t('relatedHint')}</p>
            <RelatedStories related={context.related} />
          </section>
        )}
        <ReviewPanel snapshot={snapshot} context={context} />
      </div>
    </>
  );
}

function ArticleHeader({ snapshot, context }: { snapshot: ArticleSnapshot; context: ContextResult }) {
  const date = formatPageDate(snapshot.published, uiLanguage());
  const [status, copy] = useCopy();
  const hasContext = context.responses.length > 0 || context.timeline.length > 0;
  return (
    <header class="article" data-section="article">
      <p class="article-meta">
        <span>{snapshot.siteName ?? hostOf(snapshot.canonicalUrl)}</span>
        {snapshot.section && <span> · {snapshot.section}</span>}
        <span class={snapshot.isOpinion ? 'label opinion' : 'label news'}>{t(snapshot.isOpinion ? 'labelOpinion' : 'labelNews')}</span>
        {date && <span> · {date}</span>}
      </p>
      <h1 {...DATA_TIMING}>{snapshot.headline ?? t('headlineMissing')}</h1>
      <div class="actions">
        <CiteMenu citable={citableFromSnapshot(snapshot, context.article)} label={t('citeArticle')} />
        {hasContext && (
          <button type="button" class="copy-summary" onClick={() => void copy(async () => (await loadCite()).contextSummaryMarkdown(snapshot, context, citeLanguage()))}>
            {t('copySummary')}
          </button>
        )}
        <span class="copy-status" role="status">
          {status}
        </span>
      </div>
    </header>
  );
}

/** Chromium's Element Timing reports when these were painted: what `npm run bench:ui` times as "data on screen". */
const DATA_TIMING = { elementtiming: 'popup-data' } as Record<string, string>;

function Notice({ kind, title, text }: { kind: string; title: string; text: string }) {
  return (
    <div class={`notice notice-${kind}`} role="status" data-state={kind}>
      <p class="notice-title" {...DATA_TIMING}>
        {title}
      </p>
      <p>{text}</p>
    </div>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
