export { type Citable, citableFromEvent, citableFromResponse, citableFromSnapshot, citableFromSource, citedPageUrl } from './citable';
export { type CiteDate, type CiteLang, parseCiteDate } from './dates';
export { escapeInline, escapeMarkdown, markdownHref } from './markdown';
export { type CiteName, parseName } from './names';
export { type CiteStyle, formatCitation } from './styles';
export { contextSummaryMarkdown } from './summary';
