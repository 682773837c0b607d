import { render } from 'preact';
import { CoveragePage } from '../../components/CoveragePage';
import { initI18n, t, uiLanguage } from '../../utils/i18n';
import { getSettings } from '../../utils/settings';
import './style.css';

await initI18n((await getSettings()).language);
document.documentElement.lang = uiLanguage().split('-')[0] ?? 'en';
document.title = `${t('coverageTitle')} – ${t('extName')}`;
render(<CoveragePage storyParam={new URLSearchParams(location.search).get('story')} />, document.getElementById('app')!);
