// Collapses white space inside Lit's html`` tagged templates after TypeScript is compiled: the
// indentation of the templates is a sizeable share of every widget and terser leaves template
// literals alone. A run of white space becomes one space, which is how HTML renders it anyway;
// nothing is removed between tags, so inline text keeps its spaces. Only the literal parts change,
// never the ${…} bindings. Templates containing <pre> or <textarea> (white space is content
// there) are left as written.
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
            for (const quasi of quasis) {
              const raw = quasi.value.raw;
              const collapsed = raw.replace(/\s+/g, ' ');
              if (collapsed !== raw) edits.push({ start: quasi.start, end: quasi.end, text: collapsed });
            }
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
