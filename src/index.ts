/**
 * The one-script entry: importing this registers every widget. Hosts that want one widget
 * import `menneskehandel-widgets/components/<name>.js` instead.
 */
import '../components/contact-card/define.js';
import '../components/contact-list/define.js';
import '../components/conversation-guide/define.js';
import '../components/guide/define.js';
import '../components/indicator-checklist/define.js';
import '../components/myths/define.js';
import '../components/quick-exit/define.js';
import '../components/reporting-duty/define.js';
import '../components/rights-list/define.js';

export { VERSION } from './version.js';
export { QUICK_EXIT_EVENT } from './base-element.js';
export { registerContent } from './content/store.js';
export { registerLocale, whenLocaleLoaded, type HostLocaleData } from './i18n.js';
