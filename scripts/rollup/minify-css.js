// Minifies the CSS inside Lit's css`` tagged templates before bundling: terser leaves template
// literals alone, and the styles are a sizeable share of every widget. Only white space and
// comments go; interpolations (${…}) are kept as they are.
export function minifyCssLiterals() {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!id.endsWith('.ts') || !code.includes('css`')) return null;
      const out = code.replace(/\bcss`([^`]*)`/g, (_, body) => `css\`${minifyCss(body)}\``);
      return { code: out, map: null };
    },
  };
}

export function minifyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}
