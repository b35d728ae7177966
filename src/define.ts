import { afterHydrationSupport } from './hydration.js';
import { VERSION } from './version.js';

/** Marks a class with the library version that registered it, so a second copy can compare. */
export interface VersionedElement extends CustomElementConstructor {
  mhVersion?: string;
}

const warned = new Set<string>();

/**
 * Registers `tag` unless it is already registered. A page may load the script twice, or two
 * versions of the library (a CMS module and a page template); neither may throw. A version
 * mismatch is worth one warning, because the first copy wins and the page gets its behaviour.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  // Prerendered widgets on the page: the hydration support goes first.
  afterHydrationSupport(() => register(tag, ctor));
}

function register(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (existing) {
    const theirs = existing.mhVersion;
    // One warning per copy of the library and version it meets, not one per tag.
    const key = theirs ?? 'unknown';
    if (theirs !== VERSION && !warned.has(key)) {
      warned.add(key);
      console.warn(
        `menneskehandel-widgets: <${tag}> (and any other tag already registered) is defined by version ${key}; ` +
          `version ${VERSION} loaded too and uses the existing definitions. Load one copy of the library.`,
      );
    }
    return;
  }
  (ctor as VersionedElement).mhVersion = VERSION;
  try {
    customElements.define(tag, ctor);
  } catch (error) {
    // Another script may define the tag between our check and the call.
    console.warn(`menneskehandel-widgets: could not define <${tag}>:`, error);
  }
}
