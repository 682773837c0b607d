import type { Source } from '../utils/dataset/types';
import { formatPartialDate, safeHref } from '../utils/format';
import { t, uiLanguage } from '../utils/i18n';

/** A source list: publisher, title and date as text; a link only where the dataset has a web address. */
export function Sources({ sources }: { sources: Source[] }) {
  return (
    <ul class="sources">
      {sources.map((source, i) => {
        const href = safeHref(source.url);
        const label = `${source.publisher}: ${source.title}`;
        return (
          <li key={i}>
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {label}
              </a>
            ) : (
              <span>{label}</span>
            )}
            {source.date && <span class="muted"> ({formatPartialDate(source.date, uiLanguage())})</span>}
            {!href && <span class="muted"> · {t('sourceNoLink')}</span>}
            {source.note && <div class="note">{source.note}</div>}
          </li>
        );
      })}
    </ul>
  );
}
