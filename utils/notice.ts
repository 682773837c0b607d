/**
 * The in-page notice on an article with an official response. It lives in a shadow root (the page's
 * styles cannot reach it; the root is open, so the page can read its text, which names only the
 * organisation), is positioned absolutely (so nothing on the page moves), and opens the popup's own page
 * in a panel frame of the extension's origin, which the page can neither read nor restyle.
 */
import STYLE from './notice.css?inline';

export interface NoticeData {
  /** "Trondheim kommune har svart på denne saken" — composed by the background in the user's language. */
  text: string;
  openLabel: string;
  closeLabel: string;
  hideSiteLabel: string;
  hideAllLabel: string;
  panelTitle: string;
  /** The popup page for this tab (an extension URL). */
  panelUrl: string;
}

/** Where the user switched the notice off: this site, or every site (the `notice:hide` message's scope). */
export type NoticeScope = 'site' | 'all';

const HOST_ID = 'tilsvar-notice-host';


/** Shows (or updates) the notice next to the article's headline. */
export function showNotice(doc: Document, data: NoticeData, onHide: (scope: NoticeScope) => void): void {
  removeNotice(doc);
  const headline = doc.querySelector('article h1, main h1, h1');
  const host = doc.createElement('div');
  host.id = HOST_ID;
  // The host takes no space in the page: everything inside is positioned out of flow.
  host.style.cssText = 'position:absolute;top:0;left:0;width:0;height:0;margin:0;padding:0;border:0;';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  shadow.append(style);

  const pill = doc.createElement('div');
  pill.className = 'pill';
  pill.setAttribute('role', 'region');
  pill.setAttribute('aria-label', data.panelTitle);
  const open = button(doc, data.text);
  open.title = data.openLabel;
  open.setAttribute('aria-expanded', 'false');
  const close = button(doc, '×', data.closeLabel);
  close.className = 'close';
  pill.append(open, close);
  shadow.append(pill);

  const place = () => {
    const box = headline?.getBoundingClientRect();
    const top = box ? box.bottom + window.scrollY + 6 : window.scrollY + 12;
    const left = box ? Math.max(8, box.left + window.scrollX) : 12;
    pill.style.top = `${Math.round(top)}px`;
    pill.style.left = `${Math.round(left)}px`;
  };
  place();
  window.addEventListener('resize', place, { passive: true });
  stopPlacing = () => window.removeEventListener('resize', place);

  let panel: HTMLElement | null = null;
  const closePanel = () => {
    panel?.remove();
    panel = null;
    open.setAttribute('aria-expanded', 'false');
    open.focus();
  };
  open.addEventListener('click', () => {
    if (panel) return closePanel();
    panel = doc.createElement('div');
    panel.className = 'panel';
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-label', data.panelTitle);
    const bar = doc.createElement('div');
    bar.className = 'panel-bar';
    const title = doc.createElement('strong');
    title.textContent = data.panelTitle;
    const hideSite = button(doc, data.hideSiteLabel);
    const hideAll = button(doc, data.hideAllLabel);
    const closeButton = button(doc, '×', data.closeLabel);
    hideSite.addEventListener('click', () => (onHide('site'), removeNotice(doc)));
    hideAll.addEventListener('click', () => (onHide('all'), removeNotice(doc)));
    closeButton.addEventListener('click', closePanel);
    bar.append(title, hideSite, hideAll, closeButton);
    const frame = doc.createElement('iframe');
    frame.src = data.panelUrl;
    frame.title = data.panelTitle;
    panel.append(bar, frame);
    panel.addEventListener('keydown', (event) => event.key === 'Escape' && closePanel());
    shadow.append(panel);
    open.setAttribute('aria-expanded', 'true');
    closeButton.focus();
  });
  close.addEventListener('click', () => removeNotice(doc));
  doc.body.append(host);
}

let stopPlacing = () => {};

export function removeNotice(doc: Document): void {
  stopPlacing();
  doc.getElementById(HOST_ID)?.remove();
}

function button(doc: Document, text: string, label?: string): HTMLButtonElement {
  const element = doc.createElement('button');
  element.type = 'button';
  element.textContent = text;
  if (label) element.setAttribute('aria-label', label);
  return element;
}
