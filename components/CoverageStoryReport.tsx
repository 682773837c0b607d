import { formatPartialDate, formatTime, safeHref } from '../utils/format';
import { t, uiLanguage } from '../utils/i18n';
import { storyContext, type StoryGroup } from './CoverageModel';
import { articleMeta, NoteLine, statusLabel } from './record-text';

/**
 * A printable report of one story: its articles with statuses and notes, and the official responses and
 * timeline the popup showed for them. The browser's print (or "save as PDF") makes the paper copy.
 */
export function CoverageStoryReport({ group, onBack }: { group: StoryGroup | null; onBack: () => void }) {
  const lang = uiLanguage();
  if (!group) {
    return (
      <main class="report">
        <p>{t('coverageStoryMissing')}</p>
        <button type="button" class="no-print" onClick={onBack}>
          {t('coverageBack')}
        </button>
      </main>
    );
  }
  const { responses, timeline } = storyContext(group);
  return (
    <main class="report" data-report-story={group.id ?? ''}>
      <p class="no-print buttons">
        <button type="button" onClick={onBack}>
          {t('coverageBack')}
        </button>{' '}
        <button type="button" onClick={() => print()}>
          {t('coveragePrintNow')}
        </button>
      </p>
      <h1>{t('coverageReportTitle', group.title ?? '')}</h1>
      <p class="muted">{t('coverageReportMade', formatTime(new Date().toISOString(), lang))}</p>

      <section aria-labelledby="report-articles">
        <h2 id="report-articles">{t('coverageArticles')}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('coverageColumnArticle')}</th>
              <th scope="col">{t('reviewStatusLabel')}</th>
              <th scope="col">{t('reviewNotes')}</th>
            </tr>
          </thead>
          <tbody>
            {group.articles.map((a) => (
              <tr key={a.url}>
                <td>
                  <strong>{a.headline ?? a.url}</strong>
                  <div class="muted">{articleMeta(a, lang)}</div>
                  <div class="url">{a.url}</div>
                </td>
                <td>{statusLabel(a.status)}</td>
                <td>
                  {a.notes.map((n) => (
                    <p key={n.id}>
                      <NoteLine note={n} lang={lang} />
                    </p>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {responses.length > 0 && (
        <section aria-labelledby="report-responses">
          <h2 id="report-responses">{t('sectionResponses')}</h2>
          <ul>
            {responses.map((r) => (
              <li key={r.id}>
                <strong>{r.organisationName}</strong>
                {r.personName && `, ${r.personName}`} ({formatPartialDate(r.date, lang)}): {r.summary}
                {safeHref(r.url) && <div class="url">{r.url}</div>}
              </li>
            ))}
          </ul>
        </section>
      )}

      {timeline.length > 0 && (
        <section aria-labelledby="report-timeline">
          <h2 id="report-timeline">{t('sectionTimeline')}</h2>
          <ol class="plain">
            {timeline.map((e) => (
              <li key={e.id}>
                <time dateTime={e.date}>{formatPartialDate(e.date, lang)}</time>: {e.title}
              </li>
            ))}
          </ol>
        </section>
      )}
      <p class="muted">{t('coverageReportSource')}</p>
    </main>
  );
}
