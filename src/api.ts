/**
 * What the library offers a host besides the tags. The npm entry (index.ts) re-exports it;
 * the script-tag build ships it as cdn/api.js, which the loader imports on first use, so a host
 * language registered through the loader reaches the same module graph as the widgets.
 */
export { VERSION } from './version.js';
export { QUICK_EXIT_EVENT } from './base-element.js';
export { registerContent } from './content/store.js';
export { registerLocale, whenLocaleLoaded, type HostLocaleData } from './i18n.js';
export type { HostContact, HostContacts } from './content/host-contacts.js';
export type { ContactCallDetail } from './phone-link.js';
