import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { formatPartialDate, safeHref } from '../utils/format';
import { t, uiLanguage } from '../utils/i18n';
import { MAX_QUERY_LENGTH, type Message, type MessageReplies, type SearchResultView } from '../utils/messages';

const DEBOUNCE_MS = 120;

/**
 * Search across the whole dataset, keyboard first: type, move with the arrow keys, Enter opens the
 * entry's source. Useful on any page, article or not.
 */
export function SearchBox() {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResultView[]>([]);
  const [active, setActive] = useState(-1);
  const [searched, setSearched] = useState(false);
  const latest = useRef(0);

  useEffect(() => {
    // The field stops at the limit when typed into; a longer value set another way is cut, never refused.
    const text = query.trim().slice(0, MAX_QUERY_LENGTH);
    if (text.length < 2) {
      setResults([]);
      setSearched(false);
      return;
    }
    const ticket = ++latest.current;
    const timer = setTimeout(async () => {
      const message: Message = { type: 'dataset:search', query: text };
      const found = ((await browser.runtime.sendMessage(message).catch(() => [])) ?? []) as MessageReplies['dataset:search'];
      // Answers can arrive out of order; only the newest query's answer is shown.
      if (ticket !== latest.current) return;
      setResults(found);
      setActive(found.length > 0 ? 0 : -1);
      setSearched(true);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);

  const open = (result: SearchResultView | undefined) => {
    const href = safeHref(result?.url);
    if (href) void browser.tabs.create({ url: href });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive((i) => Math.min(results.length - 1, i + 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(0, i - 1));
    else if (event.key === 'Enter') open(results[active]);
    else if (event.key === 'Escape') setQuery('');
    else return;
    event.preventDefault();
  };

  const lang = uiLanguage();
  const optionId = (i: number) => `search-result-${i}`;
  return (
    <section class="search" aria-labelledby="search-label">
      <label id="search-label" for="search-input" class="visually-hidden">
        {t('searchLabel')}
      </label>
      <input
        id="search-input"
        type="search"
        role="combobox"
        aria-expanded={results.length > 0}
        aria-controls="search-results"
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? optionId(active) : undefined}
        placeholder={t('searchPlaceholder')}
        value={query}
        maxLength={MAX_QUERY_LENGTH}
        onInput={(event) => setQuery(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        autocomplete="off"
        spellcheck={false}
      />
      <ul id="search-results" role="listbox" aria-label={t('searchResults')} hidden={results.length === 0}>
        {results.map((result, i) => (
          <li
            key={result.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            class={i === active ? 'result active' : 'result'}
            onClick={() => open(result)}
            onMouseEnter={() => setActive(i)}
          >
            <span class="result-title">{result.title}</span>
            <span class="result-meta">
              {t(`kind_${result.kind}`)}
              {result.date && ` · ${formatPartialDate(result.date, lang)}`}
              {result.storyTitle && ` · ${result.storyTitle}`}
              {!safeHref(result.url) && ` · ${t('sourceNoLink')}`}
            </span>
          </li>
        ))}
      </ul>
      <p class="search-status" role="status">
        {searched && results.length === 0 ? t('searchNothing', query.trim()) : ''}
      </p>
    </section>
  );
}
