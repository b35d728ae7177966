/**
 * Issue #21, item 2: after a quick exit from <mh-guide>, Back must not return to the page or to
 * one of its parts. A frame first shows a neutral page, then the guide page (one history entry),
 * opens three parts the way a person does (clicking links), exits, and goes Back.
 */
import { expect } from '@open-wc/testing';
import type { MhGuide } from '../../components/guide/guide.js';
import type { MhQuickExit } from '../../components/quick-exit/quick-exit.js';
import { waitFor } from '../helpers/index.js';

const BEFORE = '/content/source/ERRATA.md?before';
const GUIDE = '/test/hardening/pages/guide-exit.html';
const EXITED = '/content/source/ERRATA.md?exited';

/** Frames load slowly on a busy machine; waitFor returns as soon as the condition holds. */
const FRAME_TIMEOUT = 15_000;

describe('hardening: Back after a quick exit from <mh-guide>', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it('opens Del 3, 4 and 5, exits, and Back lands on the page before, not the guide or a #mh-del-N', async () => {
    frame = document.createElement('iframe');
    frame.title = 'guide exit test';
    frame.src = BEFORE;
    document.body.append(frame);
    const where = () => `${frame.contentWindow!.location.pathname}${frame.contentWindow!.location.search}`;
    await waitFor(() => where() === BEFORE && frame.contentDocument!.readyState === 'complete', 'the page before', FRAME_TIMEOUT);

    frame.contentWindow!.location.href = GUIDE;
    await waitFor(() => where() === GUIDE && Boolean(frame.contentWindow!.customElements.get('mh-guide')), 'the guide page', FRAME_TIMEOUT);
    const guide = frame.contentDocument!.querySelector('mh-guide') as MhGuide;
    await guide.updateComplete;
    const entries = history.length;

    for (const part of [3, 4, 5]) {
      const link = guide.shadowRoot!.querySelector<HTMLAnchorElement>(`nav a[href$="#mh-del-${part}"]`)!;
      link.click();
      await waitFor(() => guide.shadowRoot!.querySelector('#part-heading')!.textContent!.includes(`Del ${part}`), `Del ${part} open`, FRAME_TIMEOUT);
      expect(frame.contentWindow!.location.hash, 'the hash still names the part (deep link)').to.equal(`#mh-del-${part}`);
    }
    // The checklist's own link to the duty part (inside Del 4's widget) is navigation too.
    expect(history.length, 'opening parts adds no history entries').to.equal(entries);

    const exit = guide.shadowRoot!.querySelector('mh-quick-exit') as MhQuickExit;
    // In a same-origin frame the exit leaves the top window (test/quick-exit-frame.test.ts), here
    // the test runner: keep it to the frame, with the same location.replace the exit uses.
    exit.navigate = (href) => frame.contentWindow!.location.replace(href);
    exit.shadowRoot!.querySelector('button')!.click();
    await waitFor(() => where() === EXITED && frame.contentDocument!.readyState === 'complete', 'the exit address', FRAME_TIMEOUT);
    expect(history.length, 'the exit replaced the page').to.equal(entries);

    frame.contentWindow!.history.back();
    await waitFor(() => where() !== EXITED, 'Back', FRAME_TIMEOUT);
    await waitFor(() => frame.contentDocument!.readyState === 'complete', 'Back loaded', FRAME_TIMEOUT);
    expect(where()).to.equal(BEFORE);
    expect(frame.contentWindow!.location.hash).to.equal('');
  });

  it('a #mh-del-N link inside a part (the checklist\'s duty link) replaces the hash too', async () => {
    frame = document.createElement('iframe');
    frame.title = 'guide inner link test';
    frame.src = GUIDE;
    document.body.append(frame);
    await waitFor(() => Boolean(frame.contentWindow!.customElements.get('mh-guide')), 'the guide page', FRAME_TIMEOUT);
    const guide = frame.contentDocument!.querySelector('mh-guide') as MhGuide;
    guide.open(4, false);
    await guide.updateComplete;
    const checklist = guide.shadowRoot!.querySelector('mh-indicator-checklist') as HTMLElement & { updateComplete: Promise<unknown> };
    await checklist.updateComplete;
    const entries = history.length;
    const inner = checklist.shadowRoot!.querySelector<HTMLAnchorElement>('a[href$="#mh-del-6"]');
    expect(inner, 'the checklist links to Del 6').to.not.equal(null);
    inner!.click();
    await waitFor(() => guide.shadowRoot!.querySelector('#part-heading')!.textContent!.includes('Del 6'), 'Del 6 open', FRAME_TIMEOUT);
    expect(history.length).to.equal(entries);
    expect(frame.contentWindow!.location.hash).to.equal('#mh-del-6');
  });
});
