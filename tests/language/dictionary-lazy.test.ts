import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditFile } from '../../src/pipeline/index.js';
import { deForms } from '../../src/language/de.js';
import { esForms } from '../../src/language/es.js';
import { frForms } from '../../src/language/fr.js';

/**
 * The Hunspell dictionaries are read only by a run that meets an article in their language
 * (README: Word forms by dictionary): an English article loads none, a Spanish one only
 * Spanish's. (Vitest runs each test file in its own module graph, so nothing loaded them before.)
 */
const audit = (path: string) =>
  auditFile({ path, source: readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'), format: 'markdown' }, { cwd: new URL('../..', import.meta.url).pathname });

describe('dictionary loading', () => {
  it('an English article loads no dictionary; a Spanish one loads only Spanish', () => {
    expect([esForms.stats(), frForms.stats(), deForms.stats()]).toEqual([null, null, null]);
    const en = audit('fixtures/languages/en.md');
    expect(en.language).toBe('en');
    expect([esForms.stats(), frForms.stats(), deForms.stats()]).toEqual([null, null, null]);
    const es = audit('fixtures/languages/es.md');
    expect(es.language).toBe('es');
    expect(esForms.stats()?.entries).toBeGreaterThan(50_000);
    expect([frForms.stats(), deForms.stats()]).toEqual([null, null]);
  });
});
