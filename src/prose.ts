import { html, nothing, type TemplateResult } from 'lit';
import type { ProseBlock, ProseSection } from './content/schemas/prose.js';
import { renderHeading, type HeadingLevel } from './heading.js';
import { renderRunningText } from './running-text.js';

/** One block of the guide's running text; every string is bound as text, never as HTML. */
export function renderProseBlock(block: ProseBlock): TemplateResult {
  switch (block.kind) {
    case 'paragraph':
      return html`<p>${renderRunningText(block.text)}</p>`;
    case 'list':
      return html`${block.text ? html`<p>${block.text}</p>` : nothing}
        <ul>
          ${block.items.map((item) => html`<li>${renderRunningText(item)}</li>`)}
        </ul>`;
    case 'quote':
      return html`<figure>
        <blockquote><p>${block.text}</p></blockquote>
        ${block.note ? html`<figcaption>${block.note}</figcaption>` : nothing}
      </figure>`;
  }
}

/** A section of the guide's running text with its heading. */
export function renderProseSection(section: ProseSection, level: HeadingLevel, lang: 'nb' | typeof nothing = nothing): TemplateResult {
  return html`<section class="prose" data-id=${section.id} lang=${lang}>
    ${section.heading ? renderHeading(level, section.heading) : nothing} ${section.blocks.map(renderProseBlock)}
  </section>`;
}
