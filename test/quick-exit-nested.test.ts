/**
 * <mh-quick-exit position="sticky-top"> where a CMS puts it: inside a `<p>` (wpautop) inside a
 * 600 px content column, not a direct child of <body>. The bar must still reach the top of the
 * window across its whole width when the page scrolls, keep its place in the page, and Shift three
 * times must still leave. An ancestor that traps fixed elements is named in one warning.
 */
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../components/quick-exit/define.js';
import type { MhQuickExit } from '../components/quick-exit/quick-exit.js';
import { captureWarnings } from './helpers.js';

const COLUMN = 600;
const frames = async (count = 2) => {
  for (let index = 0; index < count; index++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

interface Page {
  element: MhQuickExit;
  column: HTMLElement;
  paragraph: HTMLElement;
  navigations: string[];
}

/** A theme's page: header, a centred 600 px <main>, the widget in a <p> with a <br> inside, long text after. */
async function themePage(mainStyle = ''): Promise<Page> {
  const wrapper = await fixture<HTMLDivElement>(`<div>
    <header style="height: 120px">Nettstedets topp</header>
    <main style="width: ${COLUMN}px; margin: 0 auto; ${mainStyle}">
      <p>Innledning.</p>
      <p><mh-quick-exit position="sticky-top"><br />
      <a href="https://www.yr.no">Forlat siden raskt</a><br />
      </mh-quick-exit></p>
      <p style="height: 3000px">Lang tekst.</p>
      <p><a href="#" id="later">En lenke lenger ned</a></p>
    </main>
  </div>`);
  const element = wrapper.querySelector('mh-quick-exit') as MhQuickExit;
  const navigations: string[] = [];
  element.navigate = (href) => navigations.push(href);
  await element.localeReady;
  return { element, column: wrapper.querySelector('main')!, paragraph: element.parentElement!, navigations };
}

const bar = (element: MhQuickExit) => element.shadowRoot!.querySelector<HTMLElement>('.bar')!;
const button = (element: MhQuickExit) => element.shadowRoot!.querySelector('button')!;

describe('<mh-quick-exit position="sticky-top"> inside a content column and a <p>', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('sits in its place in the column until the page scrolls past it', async () => {
    const { element, column } = await themePage();
    window.scrollTo(0, 0);
    await frames();
    const place = element.getBoundingClientRect();
    const box = bar(element).getBoundingClientRect();
    expect(place.top).to.be.above(0);
    expect(box.top).to.equal(place.top);
    expect(Math.round(box.width)).to.equal(Math.round(column.getBoundingClientRect().width));
    await expect(element).to.be.accessible();
  });

  it('pins across the whole window when scrolled past, with the button still over the column, and keeps its place', async () => {
    const { element, column, paragraph } = await themePage();
    window.scrollTo(0, 0);
    await frames();
    const before = paragraph.getBoundingClientRect().height;
    const buttonRight = button(element).getBoundingClientRect().right;
    window.scrollTo(0, 1500);
    await frames();
    const box = bar(element).getBoundingClientRect();
    expect(box.top, 'at the top of the window').to.equal(0);
    expect(box.left).to.equal(0);
    expect(Math.round(box.width), 'as wide as the window').to.equal(document.documentElement.clientWidth);
    // The paragraph keeps the bar's height: the text below does not move.
    expect(paragraph.getBoundingClientRect().height).to.equal(before);
    // Lined up with the column, where the button was.
    expect(Math.abs(button(element).getBoundingClientRect().right - buttonRight)).to.be.at.most(1);
    expect(button(element).getBoundingClientRect().right).to.be.at.most(column.getBoundingClientRect().right + 1);
    // The button is what a click there reaches: nothing of the page is above it.
    const target = button(element).getBoundingClientRect();
    const hit = document.elementFromPoint(target.left + target.width / 2, target.top + target.height / 2);
    expect(hit).to.equal(element);
    expect(element.shadowRoot!.elementFromPoint(target.left + target.width / 2, target.top + target.height / 2)).to.equal(button(element));
    await expect(element).to.be.accessible();

    window.scrollTo(0, 0);
    await frames();
    expect(bar(element).getBoundingClientRect().top, 'back in its place').to.equal(element.getBoundingClientRect().top);
    expect(Math.round(bar(element).getBoundingClientRect().width)).to.equal(COLUMN);
  });

  it('leaves with Shift three times while pinned', async () => {
    const { navigations } = await themePage();
    window.scrollTo(0, 1500);
    await frames();
    for (let press = 0; press < 3; press++) await sendKeys({ press: 'Shift' });
    expect(navigations).to.deep.equal(['https://www.yr.no']);
  });

  it('leaves by keyboard on its button while pinned', async () => {
    const { element, navigations } = await themePage();
    window.scrollTo(0, 1500);
    await frames();
    button(element).focus();
    await sendKeys({ press: 'Enter' });
    expect(navigations).to.deep.equal(['https://www.yr.no']);
  });

  it('keeps a focused link below the pinned bar', async () => {
    const { element } = await themePage();
    const link = document.getElementById('later')!;
    window.scrollTo(0, 1500);
    await frames();
    // Put the link right under the pinned bar, then focus it without the browser's own scroll.
    window.scrollBy(0, link.getBoundingClientRect().top - 5);
    await frames();
    link.focus({ preventScroll: true });
    await frames(3);
    expect(link.getBoundingClientRect().top).to.be.at.least(bar(element).getBoundingClientRect().bottom);
  });

  it('says once why it cannot pin when an ancestor traps fixed elements (transform)', async () => {
    let page!: Page;
    const warnings = await captureWarnings(async () => {
      page = await themePage('transform: translateZ(0)');
      window.scrollTo(0, 1500);
      await frames();
      window.scrollTo(0, 1600);
      await frames();
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('position="sticky-top"').and.include('<main>').and.include('transform');
    expect(bar(page.element).classList.contains('pinned')).to.equal(false);
  });

  it('lets go of the window when position="sticky-top" is removed while pinned, and pins again when it is back', async () => {
    const { element } = await themePage();
    window.scrollTo(0, 1500);
    await frames();
    expect(bar(element).getBoundingClientRect().top).to.equal(0);
    element.removeAttribute('position');
    await element.updateComplete;
    await frames();
    expect(bar(element).classList.contains('pinned')).to.equal(false);
    expect(bar(element).getBoundingClientRect().top).to.be.below(0);
    element.setAttribute('position', 'sticky-top');
    await element.updateComplete;
    window.scrollBy(0, 10);
    await frames();
    expect(bar(element).getBoundingClientRect().top).to.equal(0);
    expect(Math.round(bar(element).getBoundingClientRect().width)).to.equal(document.documentElement.clientWidth);
  });

  it('stays a plain button without position="sticky-top"', async () => {
    const wrapper = await fixture<HTMLDivElement>('<div style="width: 600px"><p><mh-quick-exit><br /></mh-quick-exit></p><p style="height: 3000px"></p></div>');
    const element = wrapper.querySelector('mh-quick-exit') as MhQuickExit;
    await element.updateComplete;
    window.scrollTo(0, 1000);
    await frames();
    expect(element.shadowRoot!.querySelector('.spacer')).to.equal(null);
    expect(bar(element).getBoundingClientRect().top).to.equal(element.getBoundingClientRect().top);
  });
});
