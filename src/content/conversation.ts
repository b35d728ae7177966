/**
 * Del 5 «Hva gjør du hvis du er bekymret?»: identification, observation and conversation, the
 * interpreter rule, the purposes and tips of the conversation and the guide's example questions.
 */
import type { Lang } from '../locale.js';
import { localized } from './store.js';
import nb from '../../content/nb/conversation.json';
import type { ConversationFile } from './schemas/conversation.js';
export type { ExampleQuestion, ConversationFile } from './schemas/conversation.js';

/**
 * Situations the example questions ask about. The guide does not tag its questions; these tags
 * are ours, so a worker can pick the questions that fit what they have seen.
 */
export const SITUATIONS = [
  'work',
  'housing',
  'money',
  'customers',
  'phone-and-accounts',
  'health',
  'shopping',
  'travel',
  'passport',
  'help',
] as const;

export type Situation = (typeof SITUATIONS)[number];

export function getConversation(lang: Lang = 'nb'): ConversationFile {
  return localized('conversation', lang, nb as ConversationFile);
}
