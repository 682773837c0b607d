import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractSnapshot } from '../utils/extract';
import { isJsonLdScript } from '../utils/extract/jsonld';
import type { Message, MessageReplies } from '../utils/messages';
import { removeNotice, showNotice, type NoticeScope } from '../utils/notice';
import { contentScriptMatches } from '../utils/sites';

// Head changes that can change what the page is: its metadata, title, canonical link and JSON-LD (the text
// inside the last two counts too). Ad loaders and preload links, which churn all the time, do not.
function watched(node: Node): boolean {
  if (node.nodeType === Node.TEXT_NODE) return !!node.parentNode && watched(node.parentNode);
  switch (node.nodeName) {
    case 'META':
    case 'TITLE':
      return true;
    case 'LINK':
      return (node as Element).matches('[rel~="canonical" i]');
    case 'SCRIPT':
      return isJsonLdScript(node as Element);
    default:
      return false;
  }
}

// Small on purpose: detect, extract, send, and show the notice the background asks for.
// Matching and data live in the background.
export default defineContentScript({
  matches: contentScriptMatches(),
  runAt: 'document_idle',
  main(ctx) {
    let last = '';
    const hide = (scope: NoticeScope) => {
      const message: Message = { type: 'notice:hide', scope };
      browser.runtime.sendMessage(message).catch(() => undefined);
    };
    const report = () => {
      const snapshot = extractSnapshot(document, location.href);
      const key = JSON.stringify(snapshot);
      if (key === last) return;
      last = key;
      const message: Message = { type: 'page:detected', snapshot };
      // The background may be restarting: a lost report is forgotten, so the next look sends it again.
      browser.runtime
        .sendMessage(message)
        .then((reply) => {
          const notice = (reply as MessageReplies['page:detected'] | undefined)?.notice;
          if (notice) showNotice(document, notice, hide);
          else removeNotice(document);
        })
        .catch(() => {
          if (last === key) last = '';
        });
    };
    report();

    // Single-page sites change the URL, or rewrite the head, without a new document: look again once the
    // changes settle, and report only when the snapshot differs from the last one sent.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      clearTimeout(timer);
      // Not ctx.setTimeout: it adds an onInvalidated listener on every call, and this runs on every head change.
      timer = setTimeout(() => ctx.isValid && report(), 400);
    };
    ctx.addEventListener(window, 'wxt:locationchange', later);
    const observer = new MutationObserver((records) => {
      if (records.some((r) => watched(r.target) || [...r.addedNodes, ...r.removedNodes].some(watched))) later();
    });
    if (document.head) observer.observe(document.head, { childList: true, subtree: true, attributes: true, characterData: true });
    ctx.onInvalidated(() => {
      clearTimeout(timer);
      observer.disconnect();
      removeNotice(document);
    });
  },
});
