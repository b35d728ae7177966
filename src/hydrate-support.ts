/**
 * Lit's hydration support, installed on this library's LitElement. Loaded only on pages with
 * prerendered widgets (src/hydration.ts), so always after the widgets' classes (and with them
 * lit-element) were evaluated: lit-element calls the hook only when it is evaluated, so it is
 * called here, once.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement, adoptStyles } from 'lit';
import { deferPrerenderedWidgets } from './lazy-hydration.js';
import { prerenderedLanguageUnknown } from './prerender.js';

type Hook = (lit: { LitElement: typeof LitElement }) => void;
type RenderRootOwner = { createRenderRoot(): HTMLElement | DocumentFragment; shadowRoot: ShadowRoot | null; constructor: typeof LitElement };

const hook = (globalThis as { litElementHydrateSupport?: Hook }).litElementHydrateSupport;
// The hook adds an own `observedAttributes` to LitElement: present, the patch is in place already
// (a host that loaded the hydration support before Lit itself).
if (hook && !Object.hasOwn(LitElement, 'observedAttributes')) {
  const prototype = LitElement.prototype as unknown as RenderRootOwner;
  const clientRenderRoot = prototype.createRenderRoot;
  hook({ LitElement });
  const createRenderRoot = prototype.createRenderRoot;
  prototype.createRenderRoot = function (this: RenderRootOwner) {
    const prerendered = this.shadowRoot;
    // Markup whose language is unknown is rendered from scratch, into the emptied shadow root
    // (Lit's own createRenderRoot reuses an existing one as it is).
    if (prerendered && prerenderedLanguageUnknown(this as unknown as Element)) {
      prerendered.replaceChildren();
      return clientRenderRoot.call(this);
    }
    const root = createRenderRoot.call(this);
    // The patch keeps only the prerendered <style>, which a page's strict style-src CSP blocks:
    // adopt the constructed style sheets too, as a client render does (CSP allows those).
    if (prerendered && root === prerendered) adoptStyles(prerendered, this.constructor.elementStyles);
    return root;
  };
}

// This module is evaluated before any widget is defined (src/hydration.ts waits for it): mark the
// page's prerendered widgets now, so each hydrates when it is needed rather than at definition.
if (typeof document !== 'undefined') deferPrerenderedWidgets();
