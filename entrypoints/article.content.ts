import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractSnapshot } from '../utils/extract';
import type { Message, MessageReplies } from '../utils/messages';
import { removeNotice, showNotice, type NoticeAction } from '../utils/notice';
import { contentScriptMatches } from '../utils/sites';

// Head changes that can change what the page is: its metadata, title, canonical link and JSON-LD.
const watched = (node: Node) => /^(?:META|TITLE|LINK|SCRIPT)$/.test(node.nodeName) || node.parentNode?.nodeName === 'TITLE';

// Small on purpose: detect, extract, send, and show the notice the background asks for.
// Matching and data live in the background.
export default defineContentScript({
  matches: contentScriptMatches(),
  runAt: 'document_idle',
  main(ctx) {
    let last = '';
    const hide = (action: NoticeAction) => {
      const message: Message = { type: 'notice:hide', scope: action === 'hide-all' ? 'all' : 'site' };
      browser.runtime.sendMessage(message).catch(() => undefined);
    };
    const report = () => {
      const snapshot = extractSnapshot(document, location.href);
      const key = JSON.stringify(snapshot);
      if (key === last) return;
      last = key;
      const message: Message = { type: 'page:detected', snapshot };
      // The background may be restarting; a lost report shows as "loading" and the next change resends.
      browser.runtime
        .sendMessage(message)
        .then((reply) => {
          const notice = (reply as MessageReplies['page:detected'] | undefined)?.notice;
          if (notice) showNotice(document, notice, hide);
          else removeNotice(document);
        })
        .catch(() => undefined);
    };
    report();

    // Single-page sites change the URL, or rewrite the head, without a new document: look again once the
    // changes settle, and report only when the snapshot differs from the last one sent.
    let timer: number | undefined;
    const later = () => {
      clearTimeout(timer);
      timer = ctx.setTimeout(report, 400);
    };
    ctx.addEventListener(window, 'wxt:locationchange', later);
    const observer = new MutationObserver((records) => {
      if (records.some((r) => watched(r.target) || [...r.addedNodes, ...r.removedNodes].some(watched))) later();
    });
    if (document.head) observer.observe(document.head, { childList: true, subtree: true, attributes: true, characterData: true });
    ctx.onInvalidated(() => {
      observer.disconnect();
      removeNotice(document);
    });
  },
});
