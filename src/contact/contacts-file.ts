/**
 * `contacts-src`: a host's local contacts from a JSON file on its own site, for CMSs whose editors
 * cannot add a `<script>` block. Shared by <mh-contact-list> and <mh-contact-card>: the file is
 * fetched (same origin only) while its checker loads, validated with the same schema as the JSON
 * block, and the widget re-renders when it is ready. A new address or removing the element aborts
 * the request; the widget keeps a file it has read when it is only moved.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CONTACT_IDS } from '../content/contacts.js';
import type { HostContactsResult } from '../content/host-contacts.js';
import { fetchSameOriginText, sameOriginUrl, type FetchFailure } from '../same-origin-fetch.js';

/** Why the file's contacts are not shown: the fetch failed, or the checker's chunk is missing. */
export type ContactsFileFailure = Exclude<FetchFailure, { kind: 'aborted' }> | { kind: 'checker' };

export type ContactsFileState =
  | { status: 'none' }
  | { status: 'loading'; src: string }
  | { status: 'loaded'; src: string; result: HostContactsResult }
  | { status: 'failed'; src: string; failure: ContactsFileFailure };

type Host = ReactiveControllerHost & HTMLElement;

export class ContactsFileController implements ReactiveController {
  state: ContactsFileState = { status: 'none' };
  private abort?: AbortController;
  private settled: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: Host,
    private readonly source: () => unknown,
  ) {
    host.addController(this);
  }

  /** Resolves when the current file is read or has failed (at once without `contacts-src`). */
  get ready(): Promise<void> {
    return this.settled;
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    // A request still under way is withdrawn; the element loads again if it comes back.
    if (this.state.status === 'loading') {
      this.abort?.abort();
      this.abort = undefined;
      this.state = { status: 'none' };
    }
  }

  /**
   * Starts, keeps or drops the load to match the attribute now. Runs in hostUpdate; a host that
   * parses its inputs in willUpdate (before controllers' hostUpdate) calls it first, so the parse
   * sees this update's state. Cheap when nothing changed.
   */
  sync(): void {
    const raw = this.source();
    const src = typeof raw === 'string' ? raw.trim() : '';
    if (this.state.status !== 'none' && this.state.src === src) return;
    this.abort?.abort();
    this.abort = undefined;
    if (!src) {
      this.state = { status: 'none' };
      this.settled = Promise.resolve();
      return;
    }
    const url = sameOriginUrl(src, this.host.ownerDocument);
    if (!url) {
      this.state = { status: 'failed', src, failure: { kind: 'refused' } };
      this.settled = Promise.resolve();
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    this.state = { status: 'loading', src };
    // The file and its checker load side by side.
    const checker = import('../content/host-contacts.js').catch(() => undefined);
    this.settled = Promise.all([fetchSameOriginText(url, abort.signal), checker]).then(([response, module]) => {
      if (abort.signal.aborted || this.abort !== abort) return;
      this.abort = undefined;
      if (!response.ok) {
        if (response.failure.kind !== 'aborted') this.state = { status: 'failed', src, failure: response.failure };
      } else if (!module) {
        this.state = { status: 'failed', src, failure: { kind: 'checker' } };
      } else {
        this.state = { status: 'loaded', src, result: module.parseHostContactsJson(response.text, CONTACT_IDS) };
      }
      this.host.requestUpdate();
    });
  }
}

/** One thing to report about the file: an English console line (naming `contacts-src`) and a visible notice. */
export interface ContactsFileReport {
  key: string;
  warning: string;
  notice: string;
  /** The entry's id, for a problem with one entry (a card reports only its own entry's). */
  id?: string;
}

interface FileNoticeStrings {
  fileRefused: (src: string) => string;
  fileFailed: (src: string) => string;
  fileInvalid: (src: string) => string;
  fileEntry: (src: string, entry: string, field: string) => string;
  fileChecker: string;
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
