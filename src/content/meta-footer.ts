/**
 * The few facts of meta.json the source footer of every widget prints. In a module of its own, with
 * named imports, so widgets do not carry the list of parts (only <mh-guide> needs it).
 */
import type { Lang } from '../locale.js';
import { localizedPart } from './store.js';
import { edition, publisher, publisherParent, title, url, urlLabel } from '../../content/nb/meta.json';
import type { Meta } from './schemas/meta.js';

export type FooterMeta = Pick<Meta, 'title' | 'publisher' | 'publisherParent' | 'edition' | 'url' | 'urlLabel'>;

export function getFooterMeta(lang: Lang = 'nb'): FooterMeta {
  return {
    title: localizedPart('meta', 'title', lang, title),
    publisher: localizedPart('meta', 'publisher', lang, publisher),
    publisherParent: localizedPart('meta', 'publisherParent', lang, publisherParent),
    edition: localizedPart('meta', 'edition', lang, edition as Meta['edition']),
    url: localizedPart('meta', 'url', lang, url),
    urlLabel: localizedPart('meta', 'urlLabel', lang, urlLabel),
  };
}
