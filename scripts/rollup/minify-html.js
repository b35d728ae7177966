// Collapses white space inside Lit's html`` tagged templates after TypeScript is compiled: the
// indentation of the templates is a sizeable share of every widget and terser leaves template
// literals alone. A run of white space becomes one space, which is how HTML renders it anyway;
// nothing is removed between tags, so inline text keeps its spaces. Only the literal parts change,
// never the ${…} bindings. Templates containing <pre> or <textarea> (white space is content
// there) are left as written.
//
// Chromium's accessibility tree drops a text node that is only white space when a comment follows
// it and an element or comment precedes it: `<span>Steg 1:</span> <!--lit-->Vurder …` is named
// "Steg 1:Vurder …" although the page shows the space. Lit puts such a comment before every
// ${…} in text, so `</span> ${heading}` loses its space for screen readers. Where that can happen
// in running text, a <wbr> is put after the space: the space is then between two elements and is
// kept, and <wbr> adds no break opportunity a space does not already give.

/**
 * Elements that hold running text and are not made flex or grid containers here. A <wbr> in a
 * flex or grid container would be an item of its own and add a gap, so it goes only inside these
 * (or at the top of a template whose first child is inline text, like a heading's content); the
 * accessible-name gate checks that no <wbr> ended up in a flex or grid container.
 */
const TEXT_PARENTS = new Set('abbr b caption cite dd dfn dt em figcaption h1 h2 h3 h4 h5 h6 i legend p q small strong summary td th'.split(' '));
/** Inline elements: white space after their closing tag is part of the text around them. */
const INLINE = new Set('a abbr b bdi bdo cite code data dfn em i kbd mark q s samp small span strong sub sup time u var'.split(' '));
const VOID = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));
const KEEP_SPACE = '<wbr>';

/**
 * The literal parts of one template, collapsed, with <wbr> after white space that Chromium would
 * otherwise drop from accessible names. `quasis` are the raw strings between ${…}.
 */
export function collapseTemplate(quasis) {
  const out = [];
  const open = []; // elements open at this point of the template; a tag may span ${…} bindings
  let tag = null; // the tag being read: { name, closing, quote, selfClosing }
  for (let index = 0; index < quasis.length; index += 1) {
    let text = quasis[index].replace(/\s+/g, ' ');
    let lastClosed = '';
    let lastTagEnd = -1;
    for (let at = 0; at < text.length; at += 1) {
      const char = text[at];
      if (tag) {
        if (tag.quote) {
          if (char === tag.quote) tag.quote = '';
        } else if (char === '"' || char === "'") tag.quote = char;
        else if (char === '>') {
          if (tag.closing) {
            const found = open.lastIndexOf(tag.name);
            if (found !== -1) open.length = found;
            lastClosed = tag.name;
          } else {
            if (!tag.selfClosing && !VOID.has(tag.name)) open.push(tag.name);
            lastClosed = '';
          }
          lastTagEnd = at + 1;
          tag = null;
        } else tag.selfClosing = char === '/';
        continue;
      }
      if (text.startsWith('<!--', at)) {
        const close = text.indexOf('-->', at + 4);
        at = close === -1 ? text.length : close + 2;
        lastTagEnd = at + 1;
        lastClosed = '';
        continue;
      }
      const start = /^<(\/?)([a-zA-Z][\w-]*)/.exec(text.slice(at, at + 40));
      if (start) {
        tag = { name: start[2].toLowerCase(), closing: start[1] === '/', quote: '', selfClosing: false };
        at += start[0].length - 1;
      }
    }
    const last = index === quasis.length - 1;
    if (!tag && text.endsWith(' ')) {
      const before = text.slice(0, -1);
      const parent = open.at(-1);
      const afterInlineClose = lastTagEnd === before.length && INLINE.has(lastClosed) && (parent === undefined || TEXT_PARENTS.has(parent));
      // Only white space since the previous ${…}: the space sits between two bindings.
      const betweenBindings = index > 0 && before === '' && TEXT_PARENTS.has(parent ?? '');
      // In the last part only after an inline element: the enclosing template's comment follows.
      if (afterInlineClose || (betweenBindings && !last)) text += KEEP_SPACE;
    }
    out.push(text);
  }
  return out;
}

export function minifyHtmlLiterals() {
  return {
    name: 'minify-html-literals',
    transform(code, id) {
      if (!/\.[jt]s$/.test(id) || id.includes('node_modules') || !code.includes('html`')) return null;
      const edits = [];
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'html') {
          const quasis = node.quasi.quasis;
          if (!quasis.some((quasi) => /<(pre|textarea)\b/i.test(quasi.value.raw))) {
            const collapsed = collapseTemplate(quasis.map((quasi) => quasi.value.raw));
            quasis.forEach((quasi, index) => {
              if (collapsed[index] !== quasi.value.raw) edits.push({ start: quasi.start, end: quasi.end, text: collapsed[index] });
            });
          }
        }
        for (const key of Object.keys(node)) {
          if (key === 'type' || key === 'start' || key === 'end') continue;
          const value = node[key];
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object') visit(value);
        }
      };
      visit(this.parse(code));
      if (!edits.length) return null;
      let out = code;
      for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
      return { code: out, map: null };
    },
  };
}
