/**
 * One definition of the report: the TypeScript types (src/report/types.ts) and the JSON Schema
 * (src/report/schema.ts) describe the same fields — same names, same required/optional, same
 * value types (literal unions = enums, number = number/integer, T | null = T or null) — checked
 * both ways by reducing each to one normal form with the TypeScript compiler. Fields tagged
 * `@notInJson` in the types are in-process only and left out. The published
 * schema/report.schema.json is the generated copy of schema.ts.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPORT_SCHEMA } from '../../src/report/schema.js';
import type { JsonSchema } from '../../src/report/validate.js';

type Shape = string | { object: Record<string, { optional: boolean; shape: Shape }> } | { array: Shape } | { union: Shape[] };

function union(members: Shape[]): Shape {
  const flat: Shape[] = [];
  for (const member of members) {
    if (typeof member === 'object' && 'union' in member) flat.push(...member.union);
    else flat.push(member);
  }
  const unique = [...new Map(flat.map((m) => [JSON.stringify(m), m])).values()].sort((a, b) =>
    JSON.stringify(a) < JSON.stringify(b) ? -1 : 1,
  );
  const keys = unique.map((m) => JSON.stringify(m));
  // true | false is boolean.
  if (keys.includes('"literal:true"') && keys.includes('"literal:false"')) {
    return union([...unique.filter((m) => m !== 'literal:true' && m !== 'literal:false'), 'boolean']);
  }
  return unique.length === 1 ? unique[0]! : { union: unique };
}

function fromTypes(): Shape {
  const file = new URL('../../src/report/types.ts', import.meta.url).pathname;
  const program = ts.createProgram([file], { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file)!;
  const symbol = checker.getSymbolAtLocation(source)!;
  const report = checker.getExportsOfModule(symbol).find((s) => s.name === 'Report')!;
  const shape = (type: ts.Type): Shape => {
    if (type.isUnion()) return union(type.types.filter((t) => !(t.flags & ts.TypeFlags.Undefined)).map(shape));
    if (type.flags & ts.TypeFlags.String) return 'string';
    if (type.flags & ts.TypeFlags.Number) return 'number';
    if (type.flags & ts.TypeFlags.Boolean) return 'boolean';
    if (type.flags & ts.TypeFlags.Null) return 'null';
    if (type.isStringLiteral() || type.isNumberLiteral()) return `literal:${JSON.stringify(type.value)}`;
    if (type.flags & ts.TypeFlags.BooleanLiteral) return `literal:${checker.typeToString(type)}`;
    if (checker.isArrayType(type)) return { array: shape(checker.getTypeArguments(type as ts.TypeReference)[0]!) };
    const object: Record<string, { optional: boolean; shape: Shape }> = {};
    for (const property of checker.getPropertiesOfType(type)) {
      // In-process fields (e.g. the html format's article view) are not part of the JSON report.
      if (property.getJsDocTags().some((tag) => tag.name === 'notInJson')) continue;
      object[property.name] = {
        optional: (property.flags & ts.SymbolFlags.Optional) !== 0,
        shape: shape(checker.getTypeOfSymbol(property)),
      };
    }
    return { object };
  };
  return shape(checker.getDeclaredTypeOfSymbol(report));
}

function fromSchema(schema: JsonSchema, root: JsonSchema = schema): Shape {
  let s = schema;
  while (s.$ref !== undefined) s = root.definitions![s.$ref.replace('#/definitions/', '')]!;
  if (s.const !== undefined) return `literal:${JSON.stringify(s.const)}`;
  if (s.enum !== undefined) return union(s.enum.map((v) => (v === null ? 'null' : `literal:${JSON.stringify(v)}`)));
  if (s.anyOf !== undefined) return union(s.anyOf.map((inner) => fromSchema(inner, root)));
  const types = Array.isArray(s.type) ? s.type : [s.type!];
  return union(
    types.map((type): Shape => {
      if (type === 'integer') return 'number';
      if (type === 'array') return { array: fromSchema(s.items!, root) };
      if (type === 'object') {
        const object: Record<string, { optional: boolean; shape: Shape }> = {};
        for (const [name, inner] of Object.entries(s.properties ?? {})) {
          object[name] = { optional: !(s.required ?? []).includes(name), shape: fromSchema(inner, root) };
        }
        return { object };
      }
      return type;
    }),
  );
}

/** Paths where the two shapes differ, e.g. "files[].findings[].fingerprint: only in the types". */
function differences(a: Shape, b: Shape, path = ''): string[] {
  if (typeof a === 'object' && typeof b === 'object' && 'object' in a && 'object' in b) {
    const out: string[] = [];
    for (const name of new Set([...Object.keys(a.object), ...Object.keys(b.object)])) {
      const x = a.object[name];
      const y = b.object[name];
      const at = path === '' ? name : `${path}.${name}`;
      if (x === undefined) out.push(`${at}: only in the schema`);
      else if (y === undefined) out.push(`${at}: only in the types`);
      else {
        if (x.optional !== y.optional) out.push(`${at}: ${x.optional ? 'optional' : 'required'} in the types, ${y.optional ? 'optional' : 'required'} in the schema`);
        out.push(...differences(x.shape, y.shape, at));
      }
    }
    return out;
  }
  if (typeof a === 'object' && typeof b === 'object' && 'array' in a && 'array' in b) return differences(a.array, b.array, `${path}[]`);
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [`${path}: ${JSON.stringify(a)} in the types, ${JSON.stringify(b)} in the schema`];
}

describe('report types and schema', () => {
  const types = fromTypes();

  it('describe the same fields, both ways', () => {
    expect(differences(types, fromSchema(REPORT_SCHEMA))).toEqual([]);
    // The normal form is not trivially empty: it reaches the leaves.
    const files = (types as { object: Record<string, { shape: Shape }> }).object['files']!.shape as { array: { object: Record<string, { shape: Shape }> } };
    expect(files.array.object['status']!.shape).toEqual({ union: ['literal:"error"', 'literal:"failed"', 'literal:"passed"', 'literal:"skipped"'] });
    expect(files.array.object['format']!.shape).toEqual({ union: ['literal:"html"', 'literal:"markdown"', 'null'] });
  });

  it('the check notices a field on one side only', () => {
    const extended: JsonSchema = JSON.parse(JSON.stringify(REPORT_SCHEMA));
    extended.definitions!['finding']!.properties!['note'] = { type: 'string' };
    delete extended.definitions!['rule']!.properties!['description'];
    extended.definitions!['heading']!.properties!['line'] = { type: 'string' };
    extended.definitions!['file']!.required = extended.definitions!['file']!.required!.filter((name) => name !== 'slug');
    expect(differences(types, fromSchema(extended))).toEqual([
      'files[].slug: required in the types, optional in the schema',
      'files[].headings[].line: "number" in the types, "string" in the schema',
      'files[].findings[].note: only in the schema',
      'rules[].description: only in the types',
    ]);
  });

  it('schema/report.schema.json is the generated copy of src/report/schema.ts (`npm run schema`)', () => {
    const published = readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8');
    expect(published).toBe(`${JSON.stringify(REPORT_SCHEMA, null, 2)}\n`);
  });
});
