import { formatPartialDate, safeHref } from '../utils/format';
import { t, uiLanguage } from '../utils/i18n';
import type { ResponseView } from '../utils/match/context';
import { citableFromResponse } from '../utils/cite/citable';
import { CiteMenu } from './CiteMenu';
import { ReportItemButton, responseLabel } from './ReportButton';
import { Sources } from './Sources';

const messageKey = (prefix: string, value: string) => `${prefix}_${value.replace(/-/g, '_')}`;

export function ResponseCard({ response, onReport }: { response: ResponseView; onReport?: () => void }) {
  const lang = uiLanguage();
  const target = response.respondsTo;
  const targetHref = safeHref(target.url);
  const sourceHref = response.sources.map((s) => safeHref(s.url)).find(Boolean) ?? null;
  const targetLabel =
    target.headline ?? (target.outletName ? t('articleWithoutHeadline', target.outletName) : t('unknownArticle'));
  return (
    <article class={`card stance-${response.stance}`} aria-label={t('responseBy', response.organisationName)}>
      <header class="card-head">
        <span class="organisation">{response.organisationName}</span>
        <span class={`stance stance-${response.stance}`}>{t(messageKey('stance', response.stance))}</span>
      </header>
      {response.personName && (
        <p class="person">
          {response.personName}
          {response.role && `, ${response.role}`}
        </p>
      )}
      <p class="meta">
        {formatPartialDate(response.date, lang)} · {t(messageKey('channel', response.channel))}
      </p>
      <p class="why">{t(response.relation === 'this-page' ? 'relationThisPage' : 'relationAnswersThis')}</p>
      <p>{response.summary}</p>
      {response.quote && <blockquote>«{response.quote}»</blockquote>}
      <p class="responds-to">
        <span class="muted">{t('respondsTo')} </span>
        {targetHref ? (
          <a href={targetHref} target="_blank" rel="noopener noreferrer">
            {targetLabel}
          </a>
        ) : (
          <span>{targetLabel}</span>
        )}
        {target.date && <span class="muted"> ({formatPartialDate(target.date, lang)})</span>}
      </p>
      {target.claim && <p class="claim">{target.claim}</p>}
      {sourceHref && (
        <p class="source-link">
          <a href={sourceHref} target="_blank" rel="noopener noreferrer">
            {t('readResponseAt', response.sources.find((s) => safeHref(s.url))?.publisher ?? '')}
          </a>
        </p>
      )}
      <div class="card-actions">
        <details>
          <summary>{t('sources')}</summary>
          <Sources sources={response.sources} />
        </details>
        <CiteMenu citable={citableFromResponse(response)} label={t('citeResponse')} />
        {onReport && <ReportItemButton title={responseLabel(response)} onReport={onReport} />}
      </div>
    </article>
  );
}
