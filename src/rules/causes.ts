/**
 * One cause, one finding (SPEC §6). A rule message may name the `cause` it reports; a message
 * that merely follows from a cause lists it in `consequenceOf`, and the runner drops it when an
 * enabled rule reported that cause for the same file. So a primary keyword that never occurs is
 * one keyword-missing error, not also one finding per placement.
 */
export const CAUSES = {
  /** The primary keyword does not occur in the text at all (keyword-missing). */
  primaryMissing: 'primary-keyword-missing',
  /** The primary keyword's density is above the stuffing limit (keyword-stuffing). */
  primaryStuffed: 'primary-keyword-stuffed',
  /** No title (title-length). */
  titleMissing: 'title-missing',
  /** No meta description (meta-description-length). */
  metaDescriptionMissing: 'meta-description-missing',
  /** No H1 (heading-single-h1). */
  h1Missing: 'h1-missing',
  /**
   * The text's H1 repeats the front-matter title, which titleAsH1 already makes the page's H1
   * (heading-single-h1); the duplicate heading and the title's empty section follow from it.
   */
  titleRepeatedAsH1: 'title-repeated-as-h1',
} as const;

export type Cause = (typeof CAUSES)[keyof typeof CAUSES];
