import { defineContentScript } from 'wxt/utils/define-content-script';
import { contentScriptMatches } from '../utils/sites';
export default defineContentScript({ matches: contentScriptMatches(), runAt: 'document_idle', main() {} });
