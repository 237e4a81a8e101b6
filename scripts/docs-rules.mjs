// `npm run docs:rules`: rewrites the rule table in README.md from the registry (after a build).
import { readFileSync, writeFileSync } from 'node:fs';
import { withRulesTable } from '../dist/rules/docs.js';

const before = readFileSync('README.md', 'utf8');
const after = withRulesTable(before);
if (after !== before) writeFileSync('README.md', after);
console.log(after === before ? 'README.md rule table is up to date' : 'README.md rule table updated');
