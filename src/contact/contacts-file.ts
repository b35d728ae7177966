/**
 * `contacts-src`: a host's local contacts from a JSON file on its own site, for CMSs whose editors
 * cannot add a `<script>` block. Shared by <mh-contact-list> and <mh-contact-card>. This part is
 * in every page with a contact widget and is small: the request, its checks and the reports load
 * with `contacts-file-load.ts` only when a page sets `contacts-src`. The file is fetched (same
 * origin only) while its checker loads, validated with the same schema as the JSON block, and the
 * widget re-renders when it is ready. A new address or removing the element aborts the request;
 * the widget keeps a file it has read when it is only moved.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HostContactsResult } from '../content/host-contacts.js';
import type { FetchFailure } from '../same-origin-fetch.js';

type LoadModule = typeof import('./contacts-file-load.js');

/** Why the file's contacts are not shown: the fetch failed, or a chunk it needs is missing. */
export type ContactsFileFailure = Exclude<FetchFailure, { kind: 'aborted' }> | { kind: 'checker' };

export type ContactsFileState =
  | { status: 'none' }
  | { status: 'loading'; src: string }
  | { status: 'loaded'; src: string; result: HostContactsResult }
  | { status: 'failed'; src: string; failure: ContactsFileFailure };

/** One thing to report about the file: an English console line (naming `contacts-src`) and a visible notice. */
export interface ContactsFileReport {
  key: string;
  warning: string;
  notice: string;
  /** The entry's id, for a problem with one entry (a card reports only its own entry's). */
  id?: string;
}

/** The notices, from the contact strings (src/contact/strings.ts). */
export interface FileNoticeStrings {
  fileRefused: (src: string) => string;
  fileFailed: (src: string) => string;
  fileInvalid: (src: string) => string;
  fileEntry: (src: string, entry: string, field: string) => string;
  fileChecker: string;
}

type Host = ReactiveControllerHost & HTMLElement;

export class ContactsFileController implements ReactiveController {
  state: ContactsFileState = { status: 'none' };
  private abort?: AbortController;
  private settled: Promise<void> = Promise.resolve();
  private module?: LoadModule;

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

  /** What is wrong with the file, if anything: one report per failure or skipped entry. */
  reports(text: FileNoticeStrings, clip: (value: string) => string): ContactsFileReport[] {
    const state = this.state;
    if (state.status !== 'failed' && state.status !== 'loaded') return [];
    if (this.module) return this.module.contactsFileReports(state, text, clip);
    // The chunk that reads the file is itself missing (the script copied without its chunks).
    return [
      {
        key: `contacts-src:${clip(state.src)}:checker`,
        warning: `contacts-src="${clip(state.src)}": could not load the code that reads the file; the local contacts are not shown. Copy the whole cdn/ folder (or dist/ with its chunks).`,
        notice: text.fileChecker,
      },
    ];
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
      // Kept when already none: hosts compare the state object to see whether the file changed.
      if (this.state.status !== 'none') this.state = { status: 'none' };
      this.settled = Promise.resolve();
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    this.state = { status: 'loading', src };
    const doc = this.host.ownerDocument;
    this.settled = import('./contacts-file-load.js')
      .then((module) => {
        this.module = module;
        return module.loadContactsFile(src, doc, abort.signal);
      })
      .catch((): ContactsFileState => ({ status: 'failed', src, failure: { kind: 'checker' } }))
      .then((state) => {
        if (!state || abort.signal.aborted || this.abort !== abort) return;
        this.abort = undefined;
        this.state = state;
        this.host.requestUpdate();
      });
  }
}
