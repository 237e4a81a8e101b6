import type { Directive } from './model.js';

const DIRECTIVE = /^seo-audit-(disable|enable)(?=\s|$)([\s\S]*)$/;

/**
 * `seo-audit-disable rule-a rule-b` / `seo-audit-enable` inside an HTML
 * comment body; no rule ids means every rule. Ids may be separated by spaces
 * or commas.
 */
export function directiveFromComment(body: string, offset: number): Directive | null {
  const match = DIRECTIVE.exec(body.trim());
  if (match === null) return null;
  // Copied so that no id keeps the (chunk) text it was sliced from alive.
  const rules = match[2]!.split(/[\s,]+/).filter((id) => id.length > 0).map((id) => (id + ' ').slice(0, -1));
  return { kind: match[1] as Directive['kind'], rules, offset };
}

/** Directives in raw HTML (a Markdown `html` node); `offset` is where `html` starts in the source. */
export function directivesInHtml(html: string, offset: number, out: Directive[]): void {
  // indexOf, not /<!--([\s\S]*?)-->/g: with no "-->" that regex rescans the rest of the text
  // from every "<!--" (quadratic on a run of them). Here an unclosed comment ends the search.
  let open = html.indexOf('<!--');
  while (open !== -1) {
    const close = html.indexOf('-->', open + 4);
    if (close === -1) return;
    const directive = directiveFromComment(html.slice(open + 4, close), offset + open);
    if (directive !== null) out.push(directive);
    open = html.indexOf('<!--', close + 3);
  }
}
