/**
 * Text from pages and the dataset as literal Markdown inside a line: one line (a line break in it
 * could start a list, heading or quote), with the characters that make emphasis, links, HTML or code
 * escaped.
 */
export function escapeInline(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\\`*_[\]<>]/g, '\\$&');
}

/** As `escapeInline`, for text that starts a line: a leading "#", "-", "+", "=", "|" or "1." is made plain too. */
export function escapeMarkdown(text: string): string {
  return escapeInline(text).replace(/^[#+=|-]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A web address (already checked to be http or https) made safe as a Markdown link destination. */
export function markdownHref(url: string): string {
  return url.replace(/[()<>\s`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
