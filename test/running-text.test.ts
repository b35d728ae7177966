import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { renderRunningText } from '../src/running-text.js';

/** Renders the running text into a paragraph, as the widgets do. */
async function paragraph(text: string): Promise<HTMLParagraphElement> {
  const p = await fixture<HTMLParagraphElement>(html`<p></p>`);
  render(renderRunningText(text), p);
  return p;
}

describe('renderRunningText', () => {
  it('keeps grouped numbers on one line and leaves the text itself unchanged', async () => {
    const text = 'ring den nasjonale hjelpetelefonen: 22 33 11 60 (døgnåpen linje) eller 116 111.';
    const p = await paragraph(text);
    expect([...p.querySelectorAll('span.nowrap')].map((span) => span.textContent)).to.deep.equal(['22 33 11 60', '116 111']);
    expect(p.textContent).to.equal(text);
  });

  it('offers a line break after a slash between words, not inside the word after it', async () => {
    const text = 'er videoovervåket på arbeidssted/utnyttelsessted';
    const p = await paragraph(text);
    expect(p.querySelectorAll('wbr')).to.have.length(1);
    expect(p.querySelector('wbr')!.previousSibling!.textContent).to.match(/\/$/);
    expect(p.textContent).to.equal(text);
  });

  it('leaves text without numbers or slashes as a plain string, and never parses HTML', async () => {
    expect(renderRunningText('har rusavhengighet')).to.equal('har rusavhengighet');
    const hostile = '<img src=x onerror="window.__mhPwned=1"> 22 33 11 60 a/b';
    const p = await paragraph(hostile);
    expect(p.querySelector('img')).to.equal(null);
    expect(p.textContent).to.equal(hostile);
    // A date or a single number is not a phone number.
    const plain = await paragraph('2024 og § 257');
    expect(plain.querySelector('.nowrap')).to.equal(null);
    // Digits of a longer number are not a group of their own ("2019 20" is a year and a count).
    const year = await paragraph('i 2019 20 prosent');
    expect(year.querySelector('.nowrap')).to.equal(null);
  });
});
