import { useState } from 'preact/hooks';
import { t } from '../utils/i18n';
import { updateSettings, type LanguageChoice, type Settings } from '../utils/settings';
import { SITES } from '../utils/sites';
import { HistorySettings } from './HistorySettings';
import { PacksSection } from './PacksSection';
import { ReportsSection } from './ReportsSection';

const LANGUAGES: { value: LanguageChoice; key: string }[] = [
  { value: 'auto', key: 'languageAuto' },
  { value: 'nb', key: 'languageNb' },
  { value: 'nn', key: 'languageNn' },
  { value: 'en', key: 'languageEn' },
];

export function OptionsPage({ initial }: { initial: Settings }) {
  const [settings, setSettings] = useState(initial);
  const [status, setStatus] = useState('');

  const change = async (update: Partial<Settings>, reload = false) => {
    setSettings(await updateSettings(update));
    setStatus(t('optionsSaved'));
    // A new language needs the page's strings loaded again.
    if (reload) location.reload();
  };
  const toggle = (list: string[], id: string, on: boolean) => (on ? list.filter((x) => x !== id) : [...list, id]);

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>

      <section aria-labelledby="language-heading">
        <h2 id="language-heading">{t('optionsLanguage')}</h2>
        <fieldset>
          <legend class="visually-hidden">{t('optionsLanguage')}</legend>
          {LANGUAGES.map((option) => (
            <label key={option.value} class="choice">
              <input
                type="radio"
                name="language"
                value={option.value}
                checked={settings.language === option.value}
                onChange={() => void change({ language: option.value }, true)}
              />
              {t(option.key)}
            </label>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="notice-heading">
        <h2 id="notice-heading">{t('optionsNotice')}</h2>
        <p class="hint">{t('optionsNoticeHint')}</p>
        <label class="choice">
          <input type="checkbox" checked={settings.notice} onChange={(e) => void change({ notice: e.currentTarget.checked })} />
          {t('optionsNoticeAll')}
        </label>
        <ul class="plain">
          {SITES.map((site) => (
            <li key={site.id}>
              <label class="choice">
                <input
                  type="checkbox"
                  disabled={!settings.notice}
                  checked={!settings.noticeOffSites.includes(site.id)}
                  onChange={(e) => void change({ noticeOffSites: toggle(settings.noticeOffSites, site.id, e.currentTarget.checked) })}
                />
                {t('optionsNoticeOnSite', site.name)}
              </label>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('optionsSites')}</h2>
        <p class="hint">{t('optionsSitesHint')}</p>
        <ul class="plain sites">
          {SITES.map((site) => (
            <li key={site.id}>
              <label class="choice">
                <input
                  type="checkbox"
                  checked={!settings.disabledSites.includes(site.id)}
                  onChange={(e) => void change({ disabledSites: toggle(settings.disabledSites, site.id, e.currentTarget.checked) })}
                />
                {site.name} <span class="muted">({site.domains.join(', ')})</span>
              </label>
            </li>
          ))}
        </ul>
      </section>

      <PacksSection />

      <HistorySettings keep={settings.history} onKeepChange={(on) => void change({ history: on })} />

      <ReportsSection />

      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t('optionsPrivacy')}</h2>
        <p>{t('privacyStatement1')}</p>
        <p>{t('privacyStatement2')}</p>
        <p>{t('privacyStatement3')}</p>
      </section>
    </main>
  );
}
