import { useEffect, useMemo, useState } from 'preact/hooks';
import { formatTime, safeHref } from '../utils/format';
import { t, uiLanguage } from '../utils/i18n';
import type { ReviewStatus } from '../utils/store/db';
import * as exporting from '../utils/store/export';
import { listHistory } from '../utils/store/history';
import { REVIEW_STATUSES } from '../utils/store/limits';
import { listReviews, setReviewStatus } from '../utils/store/reviews';
import { downloadText, exportFileName } from './CoverageDownload';
import {
  countByStatus,
  filterExceptStatus,
  groupByStory,
  NO_FILTER,
  sortArticles,
  withStatus,
  type CoverageFilter,
  type CoverageSort,
  type StoryGroup,
} from './CoverageModel';
import { CoverageStoryReport } from './CoverageStoryReport';
import { articleMeta, failureText, NoteLine, statusLabel, StatusOptions } from './record-text';

const SORTS: { value: CoverageSort; key: string }[] = [
  { value: 'newest', key: 'coverageSortNewest' },
  { value: 'oldest', key: 'coverageSortOldest' },
  { value: 'seen', key: 'coverageSortSeen' },
  { value: 'headline', key: 'coverageSortHeadline' },
  { value: 'status', key: 'coverageSortStatus' },
];

type Message = { kind: 'ok' | 'error'; text: string; problems?: string[] } | null;

/** The coverage page: the user's articles by story, with filters, counts, export, import and story reports. */
export function CoveragePage({ storyParam }: { storyParam: string | null }) {
  const [articles, setArticles] = useState<exporting.CoverageArticle[] | null>(null);
  const [filter, setFilter] = useState<CoverageFilter>(NO_FILTER);
  const [sort, setSort] = useState<CoverageSort>('newest');
  const [message, setMessage] = useState<Message>(null);
  const [story, setStory] = useState<string | null>(storyParam);

  const refresh = async () => {
    try {
      const [history, reviews] = await Promise.all([listHistory(), listReviews()]);
      setArticles(exporting.coverageArticles(history, reviews));
    } catch (error) {
      setArticles([]);
      setMessage({ kind: 'error', text: failureText(error) });
    }
  };
  useEffect(() => void refresh(), []);

  const rest = useMemo(() => filterExceptStatus(articles ?? [], filter), [articles, filter]);
  const shown = useMemo(() => sortArticles(withStatus(rest, filter.status), sort), [rest, filter.status, sort]);
  const groups = useMemo(() => groupByStory(shown), [shown]);
  const counts = countByStatus(rest);
  const outlets = [...new Set((articles ?? []).map((a) => a.outlet).filter((o): o is string => Boolean(o)))].sort((a, b) => a.localeCompare(b, 'nb'));
  const set = (change: Partial<CoverageFilter>) => setFilter({ ...filter, ...change });

  const openStory = (id: string | null) => {
    const url = new URL(location.href);
    if (id) url.searchParams.set('story', id);
    else url.searchParams.delete('story');
    history.pushState(null, '', url);
    setStory(id);
  };
  useEffect(() => {
    const onPop = () => setStory(new URLSearchParams(location.search).get('story'));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  const changeStatus = async (article: exporting.CoverageArticle, status: ReviewStatus) => {
    try {
      const { url, headline, outlet, published, articleId, stories } = article;
      await setReviewStatus({ url, headline, outlet, published, articleId, stories }, status);
      setMessage({ kind: 'ok', text: t('reviewSaved') });
    } catch (error) {
      setMessage({ kind: 'error', text: failureText(error) });
    }
    await refresh();
  };

  const exportCsv = () => downloadText(exportFileName('coverage', 'csv'), exporting.coverageCsv(shown), 'text/csv;charset=utf-8');
  const exportJson = async () => {
    try {
      downloadText(exportFileName('records', 'json'), exporting.exportJson(await exporting.exportRecords()), 'application/json');
    } catch (error) {
      setMessage({ kind: 'error', text: failureText(error) });
    }
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    try {
      const result = await exporting.importRecordsFile(file);
      if (result.ok) {
        const sum = (key: 'added' | 'merged' | 'unchanged') => String(result.history[key] + result.reviews[key] + result.reports[key]);
        setMessage({ kind: 'ok', text: t('coverageImported', [sum('added'), sum('merged'), sum('unchanged')]) });
      } else {
        setMessage({ kind: 'error', text: t('coverageImportRefused'), problems: result.problems });
      }
    } catch (error) {
      setMessage({ kind: 'error', text: failureText(error) });
    } finally {
      input.value = '';
    }
    await refresh();
  };

  const status = (
    <div class={`coverage-message ${message?.kind ?? ''}`} role="status" aria-live="polite">
      {message && <p>{message.text}</p>}
      {message?.problems && (
        <ul class="problems">
          {message.problems.map((problem, i) => (
            <li key={i}>
              <code>{problem}</code>
            </li>
          ))}
        </ul>
      )}
    </div>
  );

  if (story && articles) {
    const group = groupByStory(sortArticles(articles, 'oldest')).find((g) => g.id === story);
    return <CoverageStoryReport group={group ?? null} onBack={() => openStory(null)} />;
  }

  return (
    <main>
      <h1>{t('coverageTitle')}</h1>
      <p class="hint">{t('coverageIntro')}</p>
      {status}
      <form class="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('coverageFilters')}>
        <label>
          {t('coverageFilterText')}
          <input type="search" value={filter.text} onInput={(e) => set({ text: e.currentTarget.value })} />
        </label>
        <label>
          {t('coverageFilterStatus')}
          <select value={filter.status} onChange={(e) => set({ status: e.currentTarget.value as CoverageFilter['status'] })}>
            <option value="all">{t('coverageAll')}</option>
            <StatusOptions />
          </select>
        </label>
        <label>
          {t('coverageFilterOutlet')}
          <select value={filter.outlet} onChange={(e) => set({ outlet: e.currentTarget.value })}>
            <option value="all">{t('coverageAll')}</option>
            {outlets.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('coverageFilterFrom')}
          <input type="date" value={filter.from} onInput={(e) => set({ from: e.currentTarget.value })} />
        </label>
        <label>
          {t('coverageFilterTo')}
          <input type="date" value={filter.to} onInput={(e) => set({ to: e.currentTarget.value })} />
        </label>
        <label>
          {t('coverageSort')}
          <select value={sort} onChange={(e) => setSort(e.currentTarget.value as CoverageSort)}>
            {SORTS.map((s) => (
              <option key={s.value} value={s.value}>
                {t(s.key)}
              </option>
            ))}
          </select>
        </label>
      </form>
      <ul class="counts" aria-label={t('coverageCounts')}>
        {REVIEW_STATUSES.map((s) => (
          <li key={s} data-status={s}>
            <button type="button" aria-pressed={filter.status === s} onClick={() => set({ status: filter.status === s ? 'all' : s })}>
              {statusLabel(s)}: <strong>{counts[s]}</strong>
            </button>
          </li>
        ))}
      </ul>
      <p class="buttons">
        <button type="button" onClick={exportCsv} disabled={shown.length === 0}>
          {t('coverageExportCsv')}
        </button>{' '}
        <button type="button" onClick={() => void exportJson()}>
          {t('coverageExportJson')}
        </button>{' '}
        <label class="file">
          {t('coverageImport')} <input type="file" accept=".json,application/json" onChange={(e) => void importFile(e.currentTarget)} />
        </label>
      </p>
      {articles === null && <p class="muted">{t('stateLoadingTitle')}</p>}
      {articles !== null && articles.length === 0 && <p class="muted">{t('coverageNone')}</p>}
      {articles !== null && articles.length > 0 && <p class="muted">{t('coverageShown', String(shown.length))}</p>}
      {groups.map((group) => (
        <StorySection key={group.id ?? '-'} group={group} onStatus={changeStatus} onReport={openStory} />
      ))}
    </main>
  );
}

function StorySection({
  group,
  onStatus,
  onReport,
}: {
  group: StoryGroup;
  onStatus: (article: exporting.CoverageArticle, status: ReviewStatus) => Promise<void>;
  onReport: (id: string) => void;
}) {
  const lang = uiLanguage();
  const headingId = `story-${group.id ?? 'none'}`;
  return (
    <section class="story" aria-labelledby={headingId} data-story={group.id ?? ''}>
      <h2 id={headingId}>{group.title ?? t('coverageNoStory')}</h2>
      {group.id && (
        <p>
          <button type="button" onClick={() => onReport(group.id!)}>
            {t('coveragePrint')}
          </button>
        </p>
      )}
      <ul class="articles plain">
        {group.articles.map((article) => {
          const href = safeHref(article.url);
          return (
            <li key={article.url} class="article-row" data-url={article.url} data-status={article.status}>
              <p class="headline">
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {article.headline ?? article.url}
                  </a>
                ) : (
                  (article.headline ?? article.url)
                )}
              </p>
              <p class="muted">
                {articleMeta(article, lang)}
                {article.firstSeen && ` · ${t('coverageFirstSeen', formatTime(article.firstSeen, lang))}`}
                {article.lastSeen && article.lastSeen !== article.firstSeen && ` · ${t('coverageLastSeen', formatTime(article.lastSeen, lang))}`}
              </p>
              <label class="row-status">
                {t('reviewStatusLabel')}{' '}
                <select value={article.status} onChange={(e) => void onStatus(article, e.currentTarget.value as ReviewStatus)}>
                  <StatusOptions />
                </select>
              </label>
              {article.notes.length > 0 && (
                <ul class="notes" aria-label={t('reviewNotes')}>
                  {article.notes.map((note) => (
                    <li key={note.id}>
                      <NoteLine note={note} lang={lang} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
