/** Loads the vendored guide and the errata table, normalised the way the quote check compares. */

export interface Erratum {
  id: string;
  source: string;
  corrected: string;
  reason: string;
}

/** Collapses white space (including no-break spaces) to single spaces. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Drops the extraction's markdown: link targets, escapes and bold markers; keeps visible text. */
export function stripMarkup(text: string): string {
  return text
    .replace(/\[((?:[^\]\\]|\\.)*)\]\([^)]*\)/g, '$1')
    .replace(/\\([()[\]])/g, '$1')
    .replace(/\*\*/g, '');
}

export function parseErrata(markdown: string): Erratum[] {
  const rows = markdown.split('\n').filter((line) => /^\|\s*`/.test(line) || /^\|\s*[a-z0-9-]+\s*\|/.test(line));
  return rows
    .map((line) => line.split(/(?<!\\)\|/).slice(1, -1).map((cell) => cell.trim()))
    .flatMap((cells) => {
      // A table row has exactly four cells; the header and the separator row are not errata.
      const [id, source, corrected, reason] = cells;
      if (cells.length !== 4 || id === undefined || source === undefined || corrected === undefined || reason === undefined) return [];
      return id === 'id' || /^-+$/.test(id) ? [] : [{ id, source, corrected, reason }];
    })
    .map(({ id, source, corrected, reason }) => ({
      id: id.replace(/`/g, ''),
      source: unquoteCell(source),
      corrected: unquoteCell(corrected),
      reason,
    }));
}

function unquoteCell(cell: string): string {
  return cell.replace(/^`|`$/g, '').replace(/\\\|/g, '|');
}

export async function loadText(path: string): Promise<string> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`could not load ${path}: ${response.status}`);
  return response.text();
}

export interface SourceCorpus {
  /** The source with markup stripped and white space collapsed, before errata. */
  raw: string;
  /** The same with every erratum applied. */
  corrected: string;
  errata: Erratum[];
}

export async function loadSourceCorpus(): Promise<SourceCorpus> {
  const [source, errataMarkdown] = await Promise.all([
    loadText('/content/source/kom-veileder-identifisering-2024.txt'),
    loadText('/content/source/ERRATA.md'),
  ]);
  const raw = normalizeSpace(stripMarkup(source));
  const errata = parseErrata(errataMarkdown);
  let corrected = raw;
  for (const erratum of errata) {
    corrected = corrected.split(normalizeSpace(erratum.source)).join(normalizeSpace(erratum.corrected));
  }
  return { raw, corrected, errata };
}
