import { define } from '../../src/define.js';
import { MhConversationGuide } from './conversation-guide.js';

define('mh-conversation-guide', MhConversationGuide);

declare global {
  interface HTMLElementTagNameMap {
    'mh-conversation-guide': MhConversationGuide;
  }
  interface HTMLElementEventMap {
    'mh-situations-change': CustomEvent<import('./conversation-guide.js').SituationsChangeDetail>;
  }
}

export { MhConversationGuide };
export type { SituationsChangeDetail } from './conversation-guide.js';
