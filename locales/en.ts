/**
 * en (English): the translated content files, one dynamic import the first time a widget resolves
 * to en (src/i18n.ts). Data only: the build puts it in one chunk with every widget's
 * strings.en.ts (rollup.config.js), which imports no library code, so it can never load a second
 * copy of the library. Every domain of src/content/registry.ts has a file (test/content/parity.test.ts).
 */
import contacts from '../content/en/contacts.json';
import conversation from '../content/en/conversation.json';
import duties from '../content/en/duties.json';
import indicators from '../content/en/indicators.json';
import intro from '../content/en/intro.json';
import law from '../content/en/law.json';
import meta from '../content/en/meta.json';
import myths from '../content/en/myths.json';
import responsibility from '../content/en/responsibility.json';
import rights from '../content/en/rights.json';

export const content: Record<string, unknown> = { contacts, conversation, duties, indicators, intro, law, meta, myths, responsibility, rights };
