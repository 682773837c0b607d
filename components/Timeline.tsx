import { formatPartialDate } from '../utils/format';
import { t, uiLanguage } from '../utils/i18n';
import type { TimelineItem } from '../utils/match/context';
import { Sources } from './Sources';

export function Timeline({ items }: { items: TimelineItem[] }) {
  const lang = uiLanguage();
  return (
    <ol class="timeline">
      {items.map((item) => (
        <li key={item.id} class={item.current ? 'event current' : 'event'} aria-current={item.current ? 'page' : undefined}>
          <time dateTime={item.date}>{formatPartialDate(item.date, lang)}</time>
          {item.current && <span class="here">{t('youAreHere')}</span>}
          <p class="event-title">{item.title}</p>
          <p class="event-text">{item.description}</p>
          {item.dateNote && <p class="note">{item.dateNote}</p>}
          <details>
            <summary>{t('sourcesCount', String(item.sources.length))}</summary>
            <Sources sources={item.sources} />
          </details>
        </li>
      ))}
    </ol>
  );
}
