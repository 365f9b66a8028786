/**
 * Text as search compares it: full-width letters and digits folded to their ordinary
 * forms (NFKC), Latin letters in lower case, runs of spaces made one. The vocabulary is
 * checked against the table in this form at build time, and queries are read in it.
 */
export function foldText(text: string): string {
	return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}
