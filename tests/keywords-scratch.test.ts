import { readFileSync } from 'node:fs';
import { test } from 'vitest';
import { docFromMarkdown } from './keywords-helpers.js';
import { adHocKeywordSet, analyze, matchPhrases } from '../src/keywords/index.js';
test('x', () => {
  const src = readFileSync('fixtures/leg-cramps.md','utf8');
  const doc = docFromMarkdown(Array.from({length: 300}, () => src).join('\n\n'));
  const vocab = doc.vocabulary.norms;
  const phrases = ['leg cramps']; let i = 0;
  while (phrases.length < 1000) { phrases.push(`${vocab[(i*7)%vocab.length]} ${vocab[(i*13+5)%vocab.length]}${i%3? ' '+vocab[(i*31)%vocab.length]:''}`); i++; }
  const many = adHocKeywordSet(phrases).keywords.map(k=>k.phrase);
  for (let r = 0; r < 3; r++) for (const [name, ph] of [['one', ['leg cramps']], ['many', many]] as const) {
    let t = performance.now(); matchPhrases(doc, ph); const m = performance.now()-t;
    t = performance.now(); for (let j=0;j<8700;j++) doc.point(doc.tokens.start[j*30]!); const p = performance.now()-t;
    console.log(name, 'match', m.toFixed(1), 'point x8700', p.toFixed(1));
  }
});
