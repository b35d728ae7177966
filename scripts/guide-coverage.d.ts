// Types of scripts/guide-coverage.js for the TypeScript test that imports it.
export const QUOTED_KEYS: string[];
export const VERBATIM_DATA_KEYS: string[];
export const COVERED_SHARE: number;
export interface GuideSentence {
  part: number;
  sentence: string;
}
export interface Coverage extends GuideSentence {
  /** 0–1: the share of the sentence that content quotes. */
  share: number;
}
export interface UncoveredEntry extends GuideSentence {
  reason: string;
}
export function normalizeSpace(text: string): string;
export function stripMarkup(text: string): string;
export function parseErrata(markdown: string): { id: string; source: string; corrected: string; reason: string }[];
export function correctedSource(sourceText: string, errata: { source: string; corrected: string }[]): string;
export function guideSentences(sourceText: string, errata?: { source: string; corrected: string }[]): GuideSentence[];
export function collectQuotes(value: unknown, out?: string[], key?: string): string[];
export function guideCoverage(sourceText: string, errataMarkdown: string, contentFiles: unknown[]): Coverage[];
export function uncoveredSentences(sourceText: string, errataMarkdown: string, contentFiles: unknown[]): Coverage[];
export function compareWithList(
  uncovered: Coverage[],
  list: UncoveredEntry[],
): { lost: Coverage[]; unexplained: UncoveredEntry[]; nowCovered: UncoveredEntry[] };
