/** Small helpers shared by the rule modules: number formatting and common results. */
import type { Document, Field, Heading, Link } from '../document/model.js';
import { classifyLink, pageLocation } from '../site/routes.js';
import type { LinkKind, SiteUrls } from '../site/routes.js';
import type { Analysis, KeywordResult, KeywordSet } from '../keywords/types.js';
import type { RuleMessage, RuleResult } from './types.js';

export const PASS: RuleResult = Object.freeze({ score: 1, messages: [] }) as RuleResult;

/** A rule whose prerequisite is absent: no score contribution, no findings. */
export function skip(): RuleResult {
  return { score: 1, messages: [], skipped: true };
}

export function clamp01(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return value < 0 ? 0 : value > 1 ? 1 : value;
}

/** At most `digits` decimals, trailing zeros dropped: 4.2105 → "4.21", 3 → "3", 0.5 → "0.5". */
export function num(value: number, digits = 2): string {
  const fixed = value.toFixed(digits);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** A 0–1 ratio as a percentage: 0.625 → "62.5 %". */
export function percentOf(ratio: number, digits = 1): string {
  return `${num(ratio * 100, digits)} %`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A heading for messages: its text, shortened, in quotes. */
export function headingLabel(heading: Heading): string {
  return `"${shorten(heading.text, 60)}"`;
}

export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** Keyword rules need a non-empty set. */
export function hasKeywords(keywordSet: KeywordSet | null, analysis: Analysis): boolean {
  return keywordSet !== null && keywordSet.keywords.length > 0 && analysis.keywords.length > 0;
}

/** The primary keyword's result, or null when there is none (placement rules are then skipped). */
export function primaryOf(keywordSet: KeywordSet | null, analysis: Analysis): KeywordResult | null {
  if (!hasKeywords(keywordSet, analysis)) return null;
  return analysis.primary;
}

/** Body sentences: sentences that are not inside a heading. */
export function bodySentenceIndexes(document: Document): number[] {
  const out: number[] = [];
  for (const sentence of document.sentences) {
    if (document.blocks[sentence.block]!.kind !== 'heading') out.push(sentence.index);
  }
  return out;
}

/** Length of a string in user-perceived characters (a surrogate pair counts once). */
export function charLength(text: string): number {
  let n = 0;
  // Composed first: "é" is one character whether written as U+00E9 or e + U+0301 (issue 16, NFD).
  for (const _ of text.normalize('NFC')) n++;
  return n;
}

/** 1 → "1st", 2 → "2nd", 11 → "11th", 23 → "23rd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

export interface LengthWording {
  missing: string;
  /** The cause a missing field is the finding for (other rules' messages about it are dropped). */
  missingCause?: string;
  tooShort: (length: number) => string;
  tooLong: (length: number) => string;
}

/**
 * A document field (title, meta description) whose length in characters should lie in
 * [min, max]: a missing field scores 0, a short one min-relative, a long one max-relative.
 */
export function fieldLengthResult(
  field: Field | null,
  min: number,
  max: number,
  wording: LengthWording,
  /** Where a missing field's (whole-file) finding is shown (default: the page anchor, see pageAnchor). */
  missingAnchor: number | null = null,
): RuleResult {
  if (field === null) {
    const message: RuleMessage = { message: wording.missing, offset: null, anchor: missingAnchor };
    if (wording.missingCause !== undefined) message.cause = wording.missingCause;
    return { score: 0, messages: [message] };
  }
  const length = charLength(field.text.trim());
  if (length >= min && length <= max) return { score: 1, messages: [] };
  if (length < min) {
    return { score: min === 0 ? 1 : clamp01(length / min), messages: [{ message: wording.tooShort(length), offset: field.offset }] };
  }
  return { score: clamp01(max / length), messages: [{ message: wording.tooLong(length), offset: field.offset }] };
}

/** A heading with no visible text (`#` alone, `<h2></h2>`): heading-empty reports it; it is no H1. */
export function isEmptyHeading(heading: { text: string }): boolean {
  return heading.text.trim() === '';
}

/**
 * Where a finding about the whole text points (instead of 1:1): the first body H1, else the
 * title (front-matter field or <title>), else the first paragraph, else the first block;
 * null for an empty document.
 */
export function pageAnchor(document: Document): number | null {
  const h1 = document.headings.find((heading) => heading.level === 1);
  if (h1 !== undefined) return h1.start;
  if (document.title !== null && document.title.offset !== null) return document.title.offset;
  const paragraph = document.blocks.find((block) => block.kind !== 'heading');
  return paragraph?.start ?? document.blocks[0]?.start ?? null;
}

/** The first words of a block, as the subject of a finding about that block. */
export function blockSubject(text: string, words = 8): string {
  return text.split(/\s+/).filter(Boolean).slice(0, words).join(' ');
}

/** The article's links that have an href, each with where it leads from this page (classifyLink). */
export function classifiedLinks(document: Document, site: SiteUrls | undefined): readonly ClassifiedLink[] {
  return linkClasses(document, site).all;
}

/** The links a reader follows to another page or site (not to a place on this page, not mailto: and such). */
export function linksAway(document: Document, site: SiteUrls | undefined): readonly Link[] {
  return linkClasses(document, site).away;
}

type ClassifiedLink = { link: Link; kind: LinkKind['kind'] };

interface LinkClasses {
  links: readonly Link[];
  baseUrl: string | null;
  all: ClassifiedLink[];
  away: Link[];
}

/** A document's links classified once: link-competing, link-text and links-internal each read them. */
const linkClassesOf = new WeakMap<Document, LinkClasses>();

function linkClasses(document: Document, site: SiteUrls | undefined): LinkClasses {
  const baseUrl = site?.baseUrl ?? null;
  const known = linkClassesOf.get(document);
  if (known !== undefined && known.links === document.links && known.baseUrl === baseUrl) return known;
  const page = pageLocation(document.path);
  const urls = { baseUrl };
  const all: ClassifiedLink[] = [];
  for (const link of document.links) {
    if (link.href !== null) all.push({ link, kind: classifyLink(link.href, page, urls).kind });
  }
  const away = all.filter(({ kind }) => kind !== 'self' && kind !== 'other').map(({ link }) => link);
  const classes = { links: document.links, baseUrl, all, away };
  linkClassesOf.set(document, classes);
  return classes;
}
