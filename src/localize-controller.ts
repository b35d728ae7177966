/**
 * The language of a widget, as a Lit reactive controller (Shoelace's LocalizeController is the
 * model): it resolves the language (the widget's own `lang`, else the nearest ancestor's across
 * shadow roots, else `<html lang>`), starts loading a translated language on first use, and
 * re-renders its host when a `lang` on the page changes, a language arrives or fails to load.
 * Widgets read `this.language` (MhElement), which asks this controller.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onContentRegistered } from './content/store.js';
import { ensureLocale, localeFailed, onLocaleFailed, watchLocaleScripts, whenLocaleLoaded } from './i18n.js';
import { resolveLang, type Lang } from './locale.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Connected hosts: one observer for the whole page re-renders each of them. */
const hosts = new Set<Host>();
let watching = false;

function updateAll(): void {
  for (const host of hosts) host.requestUpdate();
}

/** Starts the page-wide watchers once: `lang` anywhere, languages arriving or failing, host locale blocks. */
function watch(): void {
  if (watching || typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
  watching = true;
  new MutationObserver(updateAll).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  onContentRegistered(updateAll);
  onLocaleFailed(updateAll);
  watchLocaleScripts();
}

export class LocalizeController implements ReactiveController {
  /** The language resolved once per update: render reads it many times. */
  private inUpdate?: Lang;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    watch();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }

  hostUpdate(): void {
    this.inUpdate = resolveLang(this.host);
  }

  hostUpdated(): void {
    this.inUpdate = undefined;
  }

  /**
   * The language the host renders in. A translated language loads on first use: until it arrives
   * strings and content fall back to nb, and the host re-renders when it does.
   */
  get lang(): Lang {
    const lang = this.inUpdate ?? resolveLang(this.host);
    ensureLocale(lang);
    return lang;
  }

  /** True when the host's language (nn, en) could not be loaded, so nb is shown. */
  get failed(): boolean {
    return localeFailed(this.lang);
  }

  /** Resolves once the host's language is loaded (or has failed), before the host renders in it. */
  get loaded(): Promise<unknown> {
    return whenLocaleLoaded(resolveLang(this.host));
  }

  /** Resolves once the host's language is loaded and the host has rendered in it. */
  get ready(): Promise<boolean> {
    return whenLocaleLoaded(resolveLang(this.host)).then(() => this.host.updateComplete);
  }
}
