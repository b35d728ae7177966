/**
 * The one-script entry: importing this registers every widget. Hosts that want one widget
 * import `menneskehandel-widgets/components/<name>.js` instead.
 */
export { VERSION } from './version.js';
export { QUICK_EXIT_EVENT } from './base-element.js';
export { registerContent } from './content/store.js';
