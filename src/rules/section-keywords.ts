import type { Rule, RuleMessage } from './types.js';
import { clamp01, hasKeywords, headingLabel, skip } from './util.js';

export type SectionKeywordsOptions = Record<string, never>;

export const sectionKeywords: Rule<SectionKeywordsOptions> = {
  id: 'section-keywords',
  description:
    'For each keyword group with a `section`, a heading matching it exists and each of the group\'s ' +
    'keywords occurs inside that section.',
  defaultSeverity: 'warning',
  weight: 2,
  rationale:
    'Search-intent mapping: a query such as "what causes leg cramps" is best answered by the section ' +
    'about causes (Google passage ranking scores sections on their own). The mapping comes from the keyword set.',
  options: {},
  defaults: {},
  examples: {
    valid: [
      {
        source: '# Leg cramps\n\nIntro.\n\n## Causes\n\nDehydration.\n',
        keywordSet: 'name: t\ngroups:\n  causes:\n    section: Causes\n    keywords: [dehydration]\n',
      },
    ],
    invalid: [
      {
        source: '# Leg cramps\n\nIntro.\n\n## Causes\n\nHeat.\n\n## Tips\n\nDehydration.\n',
        keywordSet: 'name: t\ngroups:\n  causes:\n    section: Causes\n    keywords: [dehydration]\n',
        messages: [{ message: 'Keyword "dehydration" (group "causes") does not occur in its section "Causes"; use it there.', line: 5, column: 1 }],
      },
      {
        name: 'no heading matches the section',
        source: '# Leg cramps\n\nDehydration.\n',
        keywordSet: 'name: t\ngroups:\n  causes:\n    section: Causes\n    keywords: [dehydration]\n',
        messages: [{ message: 'Group "causes" belongs under a heading matching "Causes", but no heading matches; add that section.', line: 1 }],
      },
    ],
  },
  check({ document, analysis, keywordSet }) {
    if (!hasKeywords(keywordSet, analysis)) return skip();
    const messages: RuleMessage[] = [];
    let totalWeight = 0;
    let metWeight = 0;
    for (const group of keywordSet.groups) {
      if (group.section === null) continue;
      // The keyword engine decides which heading a group's `section` names.
      const section = analysis.groupSections[group.name] ?? null;
      const results = analysis.keywords.filter((k) => k.group === group.name);
      for (const keyword of results) totalWeight += keyword.weight;
      if (section === null) {
        messages.push({
          message: `Group "${group.name}" belongs under a heading matching "${group.section}", but no heading matches; add that section.`,
          offset: null,
          subject: group.name,
        });
        continue;
      }
      const head = document.headings[document.sections[section]!.heading!]!;
      for (const keyword of results) {
        if (keyword.placements.section === true) {
          metWeight += keyword.weight;
          continue;
        }
        messages.push({
          message: `Keyword "${keyword.phrase}" (group "${group.name}") does not occur in its section ${headingLabel(head)}; use it there.`,
          offset: head.start,
          subject: `${group.name}\0${keyword.phrase}`,
        });
      }
    }
    return { score: totalWeight === 0 ? 1 : clamp01(metWeight / totalWeight), messages };
  },
};
