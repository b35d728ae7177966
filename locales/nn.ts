/**
 * nn (nynorsk): the translated content files, one dynamic import the first time a widget resolves
 * to nn (src/i18n.ts). Data only: the build puts it in one chunk with every widget's
 * strings.nn.ts (rollup.config.js), which imports no library code, so it can never load a second
 * copy of the library. Every domain of src/content/registry.ts has a file (test/content/parity.test.ts).
 */
import contacts from '../content/nn/contacts.json';
import conversation from '../content/nn/conversation.json';
import duties from '../content/nn/duties.json';
import indicators from '../content/nn/indicators.json';
import intro from '../content/nn/intro.json';
import law from '../content/nn/law.json';
import meta from '../content/nn/meta.json';
import myths from '../content/nn/myths.json';
import responsibility from '../content/nn/responsibility.json';
import rights from '../content/nn/rights.json';

export const content: Record<string, unknown> = { contacts, conversation, duties, indicators, intro, law, meta, myths, responsibility, rights };
