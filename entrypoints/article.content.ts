import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractSnapshot } from '../utils/extract';
import type { Message } from '../utils/messages';
import { contentScriptMatches } from '../utils/sites';

// Small on purpose: detect, extract, send. Matching and data live in the background.
export default defineContentScript({
  matches: contentScriptMatches(),
  runAt: 'document_idle',
  main(ctx) {
    const report = () => {
      const message: Message = { type: 'page:detected', snapshot: extractSnapshot(document, location.href) };
      // The background may be restarting; a lost report shows as "loading" and the next navigation resends.
      browser.runtime.sendMessage(message).catch(() => undefined);
    };
    report();
    // Single-page navigation changes the URL without a new document.
    ctx.addEventListener(window, 'wxt:locationchange', report);
  },
});
