import { render } from 'preact';
import { OptionsPage } from '../../components/OptionsPage';
import { initI18n, t, uiLanguage } from '../../utils/i18n';
import { getSettings } from '../../utils/settings';
import './style.css';

const settings = await getSettings();
await initI18n(settings.language);
document.documentElement.lang = uiLanguage().split('-')[0] ?? 'en';
document.title = t('optionsTitle');
render(<OptionsPage initial={settings} />, document.getElementById('app')!);
