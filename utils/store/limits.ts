/**
 * The fixed lists and length limits of the user's records. This module has no imports, so the popup's
 * first chunk can use them without loading the store (and idb); db.ts, the stores and the import check
 * all take them from here.
 */

/** Every review status, in the order the popup and the coverage page offer them. */
export const REVIEW_STATUSES = ['not-reviewed', 'accurate', 'needs-response', 'responded', 'disputed'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const isReviewStatus = (value: unknown): value is ReviewStatus => REVIEW_STATUSES.includes(value as ReviewStatus);

/** What a "wrong link" report may be about. */
export const REPORT_KINDS = ['response', 'event', 'link', 'story', 'article'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const isReportKind = (value: unknown): value is ReportKind => REPORT_KINDS.includes(value as ReportKind);

/** Longest note kept; a longer one is refused rather than cut. */
export const MAX_NOTE_LENGTH = 20_000;

/** Longest comment on a report. */
export const MAX_COMMENT_LENGTH = 2000;
