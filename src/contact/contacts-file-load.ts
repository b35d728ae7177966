/**
 * The part of `contacts-src` that only pages using it load (a chunk of its own, like the checker):
 * the same-origin check, the request, the schema check and the English/visible reports.
 */
import { CONTACT_IDS } from '../content/contacts.js';
import { fetchSameOriginText, sameOriginUrl } from '../same-origin-fetch.js';
import type { ContactsFileReport, ContactsFileState, FileNoticeStrings } from './contacts-file.js';

/** Reads `src` for `doc`: refused at once when it is not on the page's own origin; never rejects. */
export async function loadContactsFile(src: string, doc: Document, signal: AbortSignal): Promise<ContactsFileState | null> {
  const url = sameOriginUrl(src, doc);
  if (!url) return { status: 'failed', src, failure: { kind: 'refused' } };
  // The file and its checker load side by side.
  const checker = import('../content/host-contacts.js').catch(() => undefined);
  const [response, module] = await Promise.all([fetchSameOriginText(url, signal), checker]);
  if (signal.aborted) return null;
  if (!response.ok) return response.failure.kind === 'aborted' ? null : { status: 'failed', src, failure: response.failure };
  if (!module) return { status: 'failed', src, failure: { kind: 'checker' } };
  return { status: 'loaded', src, result: module.parseHostContactsJson(response.text, CONTACT_IDS) };
}

/** What is wrong with the file, if anything: one report per failure or skipped entry. */
export function contactsFileReports(state: ContactsFileState, text: FileNoticeStrings, clip: (value: string) => string): ContactsFileReport[] {
  if (state.status === 'none' || state.status === 'loading') return [];
  const src = clip(state.src);
  const attribute = `contacts-src="${src}"`;
  if (state.status === 'failed') {
    const { failure } = state;
    const key = `contacts-src:${src}:${failure.kind}`;
    switch (failure.kind) {
      case 'refused':
        return [
          {
            key,
            warning: `${attribute} is not allowed: use a path on this site ("/kontakter.json") or an https: address on the page's own origin. A file on another origin is not requested.`,
            notice: text.fileRefused(src),
          },
        ];
      case 'checker':
        return [
          {
            key,
            warning: `${attribute}: could not load the checker for local contacts; they are not shown. Copy the whole cdn/ folder (or dist/ with its chunks).`,
            notice: text.fileChecker,
          },
        ];
      default: {
        const why = failure.kind === 'status' ? `HTTP ${failure.status}` : failure.kind === 'network' ? `network error: ${failure.message}` : 'the file is larger than 1 000 000 characters';
        return [{ key, warning: `${attribute}: the file could not be loaded (${why}). The local contacts are not shown.`, notice: text.fileFailed(src) }];
      }
    }
  }
  return state.result.problems.map((problem) => {
    const key = `contacts-src:${src}:${problem.index}:${problem.field}`;
    if (problem.index < 0) return { key, warning: `${attribute}: ${problem.message}.`, notice: text.fileInvalid(src) };
    const entry = `contacts[${problem.index}]${problem.id ? ` ("${problem.id}")` : ''}`;
    return {
      key,
      id: problem.id,
      warning: `local contact ${entry} in ${attribute} skipped: field "${problem.field}": ${problem.message}.`,
      notice: text.fileEntry(src, entry, problem.field),
    };
  });
}
