// `npm run schema`: writes schema/report.schema.json from src/report/schema.ts (after a build).
import { readFileSync, writeFileSync } from 'node:fs';
import { REPORT_SCHEMA } from '../dist/report/schema.js';

const text = `${JSON.stringify(REPORT_SCHEMA, null, 2)}\n`;
const before = readFileSync('schema/report.schema.json', 'utf8');
if (text !== before) writeFileSync('schema/report.schema.json', text);
console.log(text === before ? 'schema/report.schema.json is up to date' : 'schema/report.schema.json updated');
