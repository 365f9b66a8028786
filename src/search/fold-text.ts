/**
 * Text as search compares it: full-width letters and digits folded to their ordinary
 * forms (NFKC), Latin letters in lower case, typographic apostrophes made plain (`can’t`),
 * runs of spaces made one. The vocabulary is checked against the table in this form at
 * build time, and queries are read in it.
 */
export function foldText(text: string): string {
	return text.normalize('NFKC').toLowerCase().replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
}
