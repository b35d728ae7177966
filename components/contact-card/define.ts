import { define } from '../../src/define.js';
import { MhContactCard } from './contact-card.js';

define('mh-contact-card', MhContactCard);

declare global {
  interface HTMLElementTagNameMap {
    'mh-contact-card': MhContactCard;
  }
}

export { MhContactCard };
