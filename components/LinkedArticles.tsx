import { formatPartialDate, safeHref } from '../utils/format';
import { t, uiLanguage } from '../utils/i18n';
import type { LinkedArticleView, RelatedStoryView } from '../utils/match/context';

/** Articles joined to this one by an official response, in either direction. */
export function LinkedArticles({ links }: { links: LinkedArticleView[] }) {
  const lang = uiLanguage();
  return (
    <ul class="links">
      {links.map((link) => {
        const href = safeHref(link.url);
        const title = link.headline ?? link.summary;
        return (
          <li key={`${link.relation}-${link.id}`} class="link">
            <p class="why">{t(link.relation === 'answers' ? 'linkAnswers' : 'linkAnsweredBy')}</p>
            <p>
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {title}
                </a>
              ) : (
                <span>{title}</span>
              )}
            </p>
            <p class="meta">
              {[link.outletName, formatPartialDate(link.published, lang), t(link.genre === 'opinion' ? 'labelOpinion' : 'labelNews')]
                .filter(Boolean)
                .join(' · ')}
              {!href && ` · ${t('sourceNoLink')}`}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

/** Stories that share words and actors with the page: weaker, and said to be. */
export function RelatedStories({ related }: { related: RelatedStoryView[] }) {
  const lang = uiLanguage();
  return (
    <ul class="related">
      {related.map((story) => (
        <li key={story.id}>
          <p class="related-title">{story.title}</p>
          <p class="why">
            {t('relatedWhy', [...story.why.actors, ...story.why.terms].slice(0, 6).join(', '))}
            {' · '}
            {t(story.why.confidence >= 0.75 ? 'confidenceMedium' : 'confidenceLow')}
          </p>
          <ul class="related-entries">
            {story.entries.map((entry) => (
              <li key={entry.id}>
                {entry.date && <span class="muted">{formatPartialDate(entry.date, lang)} · </span>}
                {entry.title}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
