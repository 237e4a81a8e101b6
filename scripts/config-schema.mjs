// Writes schema/config.schema.json from the built loader (dist/config/schema.js), so the config
// schema always lists the registered rules and their options. Run by `npm run build`; writes
// only when the text changed, so an up-to-date checkout stays clean.
import { readFileSync, writeFileSync } from 'node:fs';
import { configSchemaText } from '../dist/config/schema.js';

const target = new URL('../schema/config.schema.json', import.meta.url);
const text = configSchemaText();
let current = null;
try {
  current = readFileSync(target, 'utf8');
} catch {
  current = null;
}
if (current !== text) {
  writeFileSync(target, text);
  console.log('wrote schema/config.schema.json');
}
