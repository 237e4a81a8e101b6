/**
 * JSON-LD checks (the `structured-data` rule), on the schema.org vocabulary as Google's rich
 * results documentation states it:
 * - Article, NewsArticle, BlogPosting (and the other Article types Google reads): `headline`,
 *   `image`, `datePublished`, `author` (developers.google.com/search/docs/appearance/structured-data/article);
 * - FAQPage: `mainEntity` holding Questions, each with a `name` and an `acceptedAnswer` with `text`;
 * - HowTo: a `name` and a non-empty `step` list.
 *
 * The JSON is read with JSON.parse and walked as schema.org's compact form (the form every
 * publisher writes and Google documents): `@graph`, arrays of entities, nested entities and
 * `@type` lists are followed; `schema:`/`https://schema.org/` prefixed type names are accepted.
 * A full JSON-LD processor (jsonld.js) was not used: it is asynchronous and expands `@context`
 * by fetching https://schema.org over the network, which an offline CI audit cannot do.
 */

export interface StructuredDataProblem {
  message: string;
  /** Offset in the JSON text (0 = the script's first character). */
  offset: number;
}

const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'BlogPosting', 'TechArticle', 'ScholarlyArticle', 'Report', 'LiveBlogPosting',
  'SocialMediaPosting', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'ReportageNewsArticle', 'ReviewNewsArticle',
  'BackgroundNewsArticle', 'AskPublicNewsArticle',
]);
const ARTICLE_PROPERTIES = ['headline', 'image', 'datePublished', 'author'] as const;

function typesOf(entity: Record<string, unknown>): string[] {
  const raw = entity['@type'] ?? entity['type'];
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^(?:https?:\/\/schema\.org\/|schema:)/, ''));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function present(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(present);
  return true;
}

/** Where a JSON.parse error points (Node: "… in JSON at position N"), else 0. */
function errorOffset(message: string, text: string): number {
  const position = /position (\d+)/.exec(message);
  if (position !== null) return Math.min(Number(position[1]), text.length);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn !== null) {
    const lines = text.split('\n');
    let offset = 0;
    for (let i = 0; i < Number(lineColumn[1]) - 1 && i < lines.length; i++) offset += lines[i]!.length + 1;
    return Math.min(offset + Number(lineColumn[2]) - 1, text.length);
  }
  return 0;
}

/** Every entity of a JSON-LD value: top-level objects and arrays, `@graph`, nested objects (depth-bounded). */
function entities(root: unknown): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  let visited = 0;
  while (stack.length > 0 && visited < 10_000) {
    const { value, depth } = stack.pop()!;
    visited++;
    if (depth > 32) continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], depth: depth + 1 });
      continue;
    }
    if (!isObject(value)) continue;
    if (typesOf(value).length > 0) out.push(value);
    const keys = Object.keys(value).reverse();
    for (const key of keys) {
      if (key === '@context') continue;
      const child = value[key];
      if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: depth + 1 });
    }
  }
  return out;
}

function label(entity: Record<string, unknown>): string {
  return typesOf(entity).join('/');
}

/** Problems of one `<script type="application/ld+json">` body, in document order. */
export function structuredDataProblems(text: string): StructuredDataProblem[] {
  if (text.trim() === '') return [{ message: 'JSON-LD script is empty', offset: 0 }];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    return [{ message: `JSON-LD does not parse: ${message.replace(/\s+/g, ' ').slice(0, 160)}`, offset: errorOffset(message, text) }];
  }
  const problems: StructuredDataProblem[] = [];
  for (const entity of entities(data)) {
    const types = typesOf(entity);
    if (types.some((t) => ARTICLE_TYPES.has(t))) {
      const missing = ARTICLE_PROPERTIES.filter((property) => !present(entity[property]));
      if (missing.length > 0) {
        problems.push({
          message: `${label(entity)} structured data lacks ${missing.join(', ')} (Google's Article rich results use ${ARTICLE_PROPERTIES.join(', ')})`,
          offset: 0,
        });
      }
    }
    if (types.includes('FAQPage')) {
      const main = entity['mainEntity'];
      const questions = (Array.isArray(main) ? main : main === undefined ? [] : [main]).filter(isObject);
      if (questions.length === 0) {
        problems.push({ message: 'FAQPage structured data has no mainEntity Questions', offset: 0 });
      } else {
        const bad = questions.filter((q) => {
          const answer = q['acceptedAnswer'];
          const answers = (Array.isArray(answer) ? answer : [answer]).filter(isObject);
          return !typesOf(q).includes('Question') || !present(q['name']) || !answers.some((a) => present(a['text']));
        }).length;
        if (bad > 0) {
          problems.push({
            message: `FAQPage structured data: ${bad} of ${questions.length} mainEntity items are not a Question with a name and an acceptedAnswer with text`,
            offset: 0,
          });
        }
      }
    }
    if (types.includes('HowTo')) {
      const missing: string[] = [];
      if (!present(entity['name'])) missing.push('name');
      if (!present(entity['step'])) missing.push('step');
      if (missing.length > 0) problems.push({ message: `HowTo structured data lacks ${missing.join(', ')}`, offset: 0 });
    }
  }
  return problems;
}
