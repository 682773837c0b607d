import { browser } from 'wxt/browser';

/**
 * The content script's context, built in place of WXT's own (the alias is in wxt.config.ts). WXT's announces
 * every start to the page with window.postMessage, and the message carries the extension's id: any page could
 * tell that its reader runs Tilsvar, and, knowing the id, forge the event that stops the script. This one tells
 * the page nothing. It keeps the part of WXT's interface the content script uses, with the same meaning: when
 * the extension is reloaded or removed, listeners and intervals stop and the invalidation callbacks run.
 */
export class ContentScriptContext {
  private readonly controller = new AbortController();
  private readonly locationListeners: (() => void)[] = [];
  private watchingLocation = false;

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** False once the extension is gone: its runtime id disappears from a script it left behind. */
  get isValid(): boolean {
    if (browser.runtime?.id == null) this.controller.abort('Tilsvar was reloaded or removed');
    return !this.signal.aborted;
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => this.isValid && handler(), timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  /**
   * As WXT's: listeners go away with the context, and "wxt:locationchange" fires when a single-page site
   * changes the URL without a new document. That one is called directly, never dispatched where the page sees it.
   */
  addEventListener(target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions): void {
    if (type !== 'wxt:locationchange') {
      target.addEventListener(type, handler, { ...options, signal: this.signal });
      return;
    }
    this.locationListeners.push(() => handler(new Event(type)));
    if (!this.watchingLocation && this.isValid) this.watchLocation();
  }

  private watchLocation(): void {
    this.watchingLocation = true;
    let last = location.href;
    const check = () => {
      if (location.href === last || !this.isValid) return;
      last = location.href;
      for (const listener of this.locationListeners) listener();
    };
    // The Navigation API tells of every same-document navigation; the URL has changed once it has committed.
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (navigation?.addEventListener) navigation.addEventListener('navigatesuccess', check, { signal: this.signal });
    else this.setInterval(check, 1000);
  }
}
