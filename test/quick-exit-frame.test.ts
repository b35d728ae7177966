import { expect } from '@open-wc/testing';
import { exitWindow } from '../components/quick-exit/quick-exit.js';

const PAGES = '/test/pages/quick-exit-frame';

/** Frames `src` in this test page and waits for it and the frame inside it to load. */
async function frame(src: string): Promise<HTMLIFrameElement> {
  const outer = document.createElement('iframe');
  outer.title = 'Test frame';
  const loaded = new Promise((resolve) => outer.addEventListener('load', resolve, { once: true }));
  outer.src = src;
  document.body.append(outer);
  await loaded;
  return outer;
}

describe('<mh-quick-exit> inside an iframe', () => {
  afterEach(() => {
    for (const node of document.querySelectorAll('iframe')) node.remove();
  });

  it('in a same-origin frame (two levels deep), leaves the top window, not only the frame', async () => {
    const outer = await frame(`${PAGES}/outer.html`);
    const inner = outer.contentDocument!.querySelector<HTMLIFrameElement>('#inner')!;
    if (inner.contentDocument?.readyState !== 'complete') await new Promise((resolve) => inner.addEventListener('load', resolve, { once: true }));
    const innerWindow = inner.contentWindow!;
    expect(innerWindow.location.pathname).to.equal(`${PAGES}/inner.html`);
    // This test page is the top window, on the same origin: the exit leaves it.
    expect(exitWindow(innerWindow)).to.equal(window.top);
    expect(exitWindow(outer.contentWindow!)).to.equal(window.top);
    expect(exitWindow(window)).to.equal(window.top);
  });

  it('below a cross-origin page, leaves the topmost same-origin window and stops at the other origin', async () => {
    // The same server under another host name is another origin: the frame cannot navigate or
    // read this test page, so the exit must replace the outer frame (its own origin's top).
    const otherHost = window.location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const otherOrigin = `${window.location.protocol}//${otherHost}:${window.location.port}`;
    const outer = document.createElement('iframe');
    outer.title = 'Cross-origin host';
    const exited = new Promise<{ mhExited: string; outer: boolean }>((resolve) => {
      window.addEventListener('message', function onMessage(event: MessageEvent) {
        if (event.source !== outer.contentWindow || !event.data?.mhExited) return;
        window.removeEventListener('message', onMessage);
        resolve(event.data);
      });
    });
    outer.src = `${otherOrigin}${PAGES}/outer.html#exit-now`;
    const pageBefore = window.location.href;
    document.body.append(outer);
    // exited.html posts to its parent: only the outer frame's parent is this page.
    const report = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('the outer frame was not replaced within 10 s'), 10000))]);
    expect(report).to.deep.equal({ mhExited: `${PAGES}/exited.html`, outer: true });
    expect(window.location.href).to.equal(pageBefore);
  });
});
