import { formatPartialDate } from '../utils/format';
import { t, uiLanguage } from '../utils/i18n';
import type { TimelineItem } from '../utils/match/context';
import { citableFromEvent } from '../utils/cite/citable';
import { CiteMenu } from './CiteMenu';
import { eventLabel, ReportItemButton } from './ReportButton';
import { Sources } from './Sources';

/** The story's events, oldest first, under one heading per year; the open article is marked. */
export function Timeline({ items, onReport }: { items: TimelineItem[]; onReport?: (id: string) => void }) {
  const lang = uiLanguage();
  const years = new Map<string, TimelineItem[]>();
  for (const item of items) {
    const year = item.date.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), item]);
  }
  return (
    <div class="timeline">
      {[...years].map(([year, events]) => (
        <section key={year} class="year" aria-label={year}>
          <h3 class="year-heading">{year}</h3>
          <ol>
            {events.map((item) => (
              <li key={item.id} class={item.current ? 'event current' : 'event'} aria-current={item.current ? 'page' : undefined}>
                <time dateTime={item.date}>{formatPartialDate(item.date, lang)}</time>
                {item.current && <span class="here">{t('youAreHere')}</span>}
                <p class="event-title">{item.title}</p>
                <p class="event-text">{item.description}</p>
                {item.dateNote && <p class="note">{item.dateNote}</p>}
                <div class="card-actions">
                  <details>
                    <summary>{t('sourcesCount', String(item.sources.length))}</summary>
                    <Sources sources={item.sources} />
                  </details>
                  <CiteMenu citable={citableFromEvent(item)} label={t('citeEvent')} />
                  {onReport && <ReportItemButton title={eventLabel(item)} onReport={() => onReport(item.id)} />}
                </div>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
