/**
 * Escaping for the report writers. Every string that comes from data (titles, names, plan text,
 * source links) reaches HTML through {@link escapeHtml} and Markdown through {@link escapeMarkdown},
 * so no data can inject markup (RELIABILITY.md promise 1).
 *
 * @module
 */

const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML element content and quoted attribute values: `& < > " '` become
 * entities. The report's HTML writer passes every data string through this one function.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ENTITIES[character] ?? character);
}

/**
 * Escapes text for one line of Markdown (a paragraph, a heading, a list item or a table cell):
 * line breaks become spaces, and characters that start markup (emphasis, links, code, raw HTML,
 * table pipes, entity references) are backslash-escaped.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '\\&')
    // Block markers only count at the start, followed by a space: `# `, `- `, `+ `, `1. `; and rules `---`, `===`.
    .replace(/^(?=[#+-](?:\s|$)|\d+[.)](?:\s|$)|-{2,}\s*$|=+\s*$)(\d*)/, '$1\\');
}

// Control characters and whitespace inside a URL can hide a scheme from naive checks (`java\tscript:`);
// quotes and angle brackets never appear unencoded in a real URL and would end a Markdown autolink.
const UNSAFE_URL_CHARACTERS = /[\u0000-\u0020\u007f-\u009f<>"'`]/;

/**
 * The URL when it may become a live link: `https:` only, with no whitespace, control characters,
 * quotes or angle brackets (RELIABILITY.md promise 3); undefined otherwise, and the caller shows it as text.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (url === undefined || UNSAFE_URL_CHARACTERS.test(url)) return undefined;
  return /^https:\/\/[^/]/i.test(url) ? url : undefined;
}
