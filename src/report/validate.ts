/**
 * The subset of JSON Schema (draft-07) the report schema uses, with two uses: `validate` checks
 * a value against it with one readable message (`merge` reading JSON reports), and `ordered`
 * rebuilds a value with exactly the schema's properties in the schema's order (the json
 * reporter's stable key order).
 */

export interface JsonSchema {
  $schema?: string;
  $id?: string;
  $ref?: string;
  title?: string;
  description?: string;
  type?: JsonType | JsonType[];
  const?: unknown;
  enum?: readonly unknown[];
  anyOf?: JsonSchema[];
  not?: JsonSchema;
  if?: JsonSchema;
  then?: JsonSchema;
  else?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  items?: JsonSchema;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  pattern?: string;
  definitions?: Record<string, JsonSchema>;
}

export type JsonType = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';

/** A validation failure: `path` as `files[0].status`, `why` completes "<path> …". */
export class SchemaError extends Error {
  constructor(readonly path: string, readonly why: string) {
    super(`${path === '' ? '(root)' : path} ${why}`);
    this.name = 'SchemaError';
  }
}

const resolved = new WeakMap<JsonSchema, JsonSchema>();

function resolve(schema: JsonSchema, root: JsonSchema): JsonSchema {
  if (schema.$ref === undefined) return schema;
  const known = resolved.get(schema);
  if (known !== undefined) return known;
  let current = schema;
  while (current.$ref !== undefined) {
    const name = /^#\/definitions\/(.+)$/.exec(current.$ref)?.[1];
    const target = name === undefined ? undefined : root.definitions?.[name];
    if (target === undefined) throw new Error(`unresolvable $ref ${current.$ref}`);
    current = target;
  }
  resolved.set(schema, current);
  return current;
}

function typeOf(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as JsonType;
}

function hasType(value: unknown, type: JsonType): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function alternatives(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** What a value of `schema` is, for "must be …" messages. */
function expectation(schema: JsonSchema, root: JsonSchema): string {
  const s = resolve(schema, root);
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.enum !== undefined) return alternatives(s.enum.map(show));
  if (s.anyOf !== undefined) return alternatives(s.anyOf.map((inner) => expectation(inner, root)));
  const types = s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type];
  return alternatives(
    types.map((type) => {
      switch (type) {
        case 'array':
          return 'a list';
        case 'object':
          return 'an object';
        case 'string':
          return s.minLength !== undefined && s.minLength > 0 ? 'a non-empty string' : 'a string';
        case 'boolean':
          return 'true or false';
        case 'null':
          return 'null';
        case 'integer':
        case 'number': {
          const kind = type === 'integer' ? 'a whole number' : 'a number';
          if (s.minimum !== undefined && s.maximum !== undefined) return `${kind} from ${s.minimum} to ${s.maximum}`;
          if (s.minimum !== undefined) return `${kind} of at least ${s.minimum}`;
          return kind;
        }
      }
    }),
  );
}

/**
 * True when `value` matches `schema` (no message): the same tests as `check`, answered without
 * throwing. `ordered` asks this of every anyOf branch of every file entry (a site summary's
 * title, canonical, routes…), where a SchemaError per failing branch, with its message and
 * stack, cost more than the test itself.
 */
export function matches(value: unknown, schema: JsonSchema, root: JsonSchema = schema): boolean {
  const s = resolve(schema, root);
  if (s.const !== undefined && value !== s.const) return false;
  if (s.enum !== undefined && !s.enum.includes(value)) return false;
  if (s.anyOf !== undefined && !s.anyOf.some((inner) => matches(value, inner, root))) return false;
  if (s.type !== undefined) {
    if (Array.isArray(s.type) ? !s.type.some((type) => hasType(value, type)) : !hasType(value, s.type)) return false;
  }
  if (typeof value === 'number' && ((s.minimum !== undefined && value < s.minimum) || (s.maximum !== undefined && value > s.maximum))) return false;
  if (typeof value === 'string') {
    if (s.minLength !== undefined && shorterThan(value, s.minLength)) return false;
    if (s.pattern !== undefined && !patternOf(s.pattern).test(value)) return false;
  }
  if (Array.isArray(value) && s.items !== undefined) {
    // Holes skipped, as check's forEach does.
    for (let index = 0; index < value.length; index++) {
      if (index in value && !matches(value[index], s.items, root)) return false;
    }
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    const properties = s.properties ?? {};
    for (const [key, inner] of propertyList(s)) {
      if (Object.prototype.hasOwnProperty.call(object, key) && !matches(object[key], inner, root)) return false;
    }
    for (const key of s.required ?? []) {
      if (!Object.prototype.hasOwnProperty.call(object, key)) return false;
    }
    if (s.additionalProperties === false) {
      for (const key of Object.keys(object)) {
        if (!Object.prototype.hasOwnProperty.call(properties, key)) return false;
      }
    }
  }
  if (s.if !== undefined) {
    const branch = matches(value, s.if, root) ? s.then : s.else;
    if (branch !== undefined && !matches(value, branch, root)) return false;
  }
  if (s.not !== undefined && matches(value, s.not, root)) return false;
  return true;
}

/** Fewer than `min` code points (minLength counts code points; a code point is 1 or 2 UTF-16 units). */
function shorterThan(value: string, min: number): boolean {
  if (value.length < min) return true;
  if (value.length >= 2 * min) return false;
  return [...value].length < min;
}

const patterns = new Map<string, RegExp>();

/** A schema pattern's RegExp, compiled once (no g/y flag: `test` keeps no state). */
function patternOf(pattern: string): RegExp {
  let found = patterns.get(pattern);
  if (found === undefined) {
    found = new RegExp(pattern, 'u');
    patterns.set(pattern, found);
  }
  return found;
}

/** Throws SchemaError for the first problem found (properties in schema order, then missing/unknown ones). */
export function validate(value: unknown, schema: JsonSchema): void {
  check(value, schema, schema, '');
}

function check(value: unknown, schema: JsonSchema, root: JsonSchema, path: string): void {
  const s = resolve(schema, root);
  const fail = (): never => {
    throw new SchemaError(path, `must be ${expectation(s, root)}`);
  };
  if (s.const !== undefined && value !== s.const) {
    throw new SchemaError(path, `is ${JSON.stringify(value)}, expected ${JSON.stringify(s.const)}`);
  }
  if (s.enum !== undefined && !s.enum.includes(value)) fail();
  if (s.anyOf !== undefined && !s.anyOf.some((inner) => matches(value, inner, root))) fail();
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? s.type : [s.type];
    if (!types.some((type) => hasType(value, type))) fail();
  }
  if (typeof value === 'number' && ((s.minimum !== undefined && value < s.minimum) || (s.maximum !== undefined && value > s.maximum))) fail();
  if (typeof value === 'string') {
    if (s.minLength !== undefined && shorterThan(value, s.minLength)) fail();
    if (s.pattern !== undefined && !patternOf(s.pattern).test(value)) throw new SchemaError(path, `must match ${s.pattern}`);
  }
  if (Array.isArray(value) && s.items !== undefined) {
    value.forEach((item, index) => check(item, s.items!, root, join(path, index)));
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    const properties = s.properties ?? {};
    for (const [key, inner] of Object.entries(properties)) {
      if (Object.prototype.hasOwnProperty.call(object, key)) check(object[key], inner, root, join(path, key));
    }
    for (const key of s.required ?? []) {
      if (!Object.prototype.hasOwnProperty.call(object, key)) throw new SchemaError(join(path, key), 'is missing');
    }
    if (s.additionalProperties === false) {
      for (const key of Object.keys(object)) {
        if (!Object.prototype.hasOwnProperty.call(properties, key)) throw new SchemaError(path, `has an unknown field "${key}"`);
      }
    }
  }
  if (s.if !== undefined) {
    const branch = matches(value, s.if, root) ? s.then : s.else;
    if (branch !== undefined) check(value, branch, root, path);
  }
  if (s.not !== undefined && matches(value, s.not, root)) {
    const present = resolve(s.not, root).required ?? [];
    throw new SchemaError(path, present.length > 0 ? `must not have ${present.join(', ')} here` : 'matches a shape it must not');
  }
}

/**
 * `value` rebuilt with, in every object, exactly the schema's properties in the schema's order
 * (absent and undefined ones left out): serialising the result gives the same bytes however the
 * value was assembled.
 */
export function ordered(value: unknown, schema: JsonSchema, root: JsonSchema = schema): unknown {
  if (value === null || typeof value !== 'object') return value;
  const s = resolve(schema, root);
  if (s.anyOf !== undefined) {
    // A branch whose type the value does not have cannot match: skipped without a full check.
    const branch = s.anyOf.find((inner) => !wrongType(value, resolve(inner, root)) && matches(value, inner, root));
    return branch === undefined ? value : ordered(value, branch, root);
  }
  if (Array.isArray(value)) return s.items === undefined ? [...value] : value.map((item) => ordered(item, s.items!, root));
  if (s.properties !== undefined) {
    const object = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, inner] of propertyList(s)) {
      const field = object[key];
      if (field !== undefined) out[key] = field === null || typeof field !== 'object' ? field : ordered(field, inner, root);
    }
    return out;
  }
  return value;
}

/** True when `schema` names types and `value` has none of them (then `matches` is false). */
function wrongType(value: unknown, schema: JsonSchema): boolean {
  if (schema.type === undefined) return false;
  return Array.isArray(schema.type) ? !schema.type.some((type) => hasType(value, type)) : !hasType(value, schema.type);
}

const propertyLists = new WeakMap<JsonSchema, [string, JsonSchema][]>();

/** `Object.entries(schema.properties)`, made once per schema. */
function propertyList(schema: JsonSchema): [string, JsonSchema][] {
  let list = propertyLists.get(schema);
  if (list === undefined) {
    list = Object.entries(schema.properties ?? {});
    propertyLists.set(schema, list);
  }
  return list;
}
