import { define } from '../../src/define.js';
import { MhConversationGuide } from './conversation-guide.js';

define('mh-conversation-guide', MhConversationGuide);

declare global {
  interface HTMLElementTagNameMap {
    'mh-conversation-guide': MhConversationGuide;
  }
}

export { MhConversationGuide };
