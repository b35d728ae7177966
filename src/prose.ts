import { html, nothing, type TemplateResult } from 'lit';
import type { ProseSection } from './content/prose.js';
import { renderHeading, type HeadingLevel } from './heading.js';

/** Renders a section of the guide's running text; every string is bound as text, never as HTML. */
export function renderProseSection(section: ProseSection, level: HeadingLevel): TemplateResult {
  return html`<section class="prose" data-id=${section.id}>
    ${section.heading ? renderHeading(level, section.heading) : nothing}
    ${section.blocks.map((block) => {
      switch (block.kind) {
        case 'paragraph':
          return html`<p>${block.text}</p>`;
        case 'list':
          return html`${block.text ? html`<p>${block.text}</p>` : nothing}
            <ul>
              ${block.items.map((item) => html`<li>${item}</li>`)}
            </ul>`;
        case 'quote':
          return html`<figure>
            <blockquote><p>${block.text}</p></blockquote>
            ${block.note ? html`<figcaption>${block.note}</figcaption>` : nothing}
          </figure>`;
      }
    })}
  </section>`;
}
