import { html, type TemplateResult } from 'lit';

/**
 * A number written in groups, as the guide writes phone numbers ("22 33 11 60", "116 111"), or
 * a slash between two words ("arbeidssted/utnyttelsessted").
 */
const TOKENS = /\b\d{2,3}(?: \d{2,3})+\b|(?<=\p{L})\/(?=\p{L})/gu;

/**
 * The guide's running text, laid out for reading: a grouped number stays on one line (a phone
 * number split as "22 33 / 11 60" is easy to misdial), and a line may break after a slash
 * between words instead of in the middle of the second word on a narrow screen. Still text only:
 * nothing is parsed as HTML, and the text content is unchanged (<wbr> adds no characters).
 */
export function renderRunningText(text: string): string | Array<string | TemplateResult> {
  if (!/\d \d|\p{L}\/\p{L}/u.test(text)) return text;
  const parts: Array<string | TemplateResult> = [];
  let last = 0;
  for (const match of text.matchAll(TOKENS)) {
    parts.push(text.slice(last, match.index), match[0] === '/' ? html`/<wbr />` : html`<span class="nowrap">${match[0]}</span>`);
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}
