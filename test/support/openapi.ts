import request from 'supertest';

/** The parts of an OpenAPI 3 schema the API's document uses. */
export interface Schema {
  $ref?: string;
  type?: string;
  nullable?: boolean;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
}

interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

export interface ApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

export async function openApiDocument(url: string): Promise<ApiDocument> {
  return (await request(url).get('/api/docs-json').expect(200)).body as ApiDocument;
}

/** Whether a response documents a body: a schema of some kind under a content type. */
export const hasSchema = (schema: Schema | undefined) => Boolean(schema && (schema.$ref || schema.type || schema.oneOf || schema.anyOf || schema.allOf));

/**
 * What is wrong with `value` as an instance of `schema`: missing required fields, fields the
 * document does not name, wrong types, values outside an enum. Empty when it conforms.
 */
export function schemaProblems(document: ApiDocument, schema: Schema, value: unknown, at = '$'): string[] {
  if (schema.$ref) {
    const resolved = document.components.schemas[schema.$ref.replace('#/components/schemas/', '')];
    if (!resolved) return [`${at}: ${schema.$ref} is not in the document`];
    return schemaProblems(document, { ...resolved, nullable: schema.nullable || resolved.nullable }, value, at);
  }
  if (value === null) return schema.nullable ? [] : [`${at}: null, but not nullable`];
  if (schema.allOf) return schema.allOf.flatMap((part) => schemaProblems(document, part, value, at));
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives) {
    const each = alternatives.map((alternative) => schemaProblems(document, alternative, value, at));
    return each.some((problems) => problems.length === 0) ? [] : [`${at}: matches none of ${alternatives.length} alternatives (${each.map((p) => p[0]).join(' | ')})`];
  }
  if (schema.enum && !schema.enum.includes(value)) return [`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`];
  switch (schema.type) {
    case 'string':
      return typeof value === 'string' ? [] : [`${at}: expected a string, got ${JSON.stringify(value)}`];
    case 'number':
    case 'integer':
      return typeof value === 'number' ? [] : [`${at}: expected a number, got ${JSON.stringify(value)}`];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${at}: expected a boolean, got ${JSON.stringify(value)}`];
    case 'array':
      if (!Array.isArray(value)) return [`${at}: expected an array`];
      return value.flatMap((item, index) => (schema.items ? schemaProblems(document, schema.items, item, `${at}[${index}]`) : []));
  }
  if (schema.type === 'object' || schema.properties) {
    if (typeof value !== 'object' || Array.isArray(value)) return [`${at}: expected an object`];
    const record = value as Record<string, unknown>;
    const properties = schema.properties ?? {};
    const problems = (schema.required ?? []).filter((name) => !(name in record)).map((name) => `${at}.${name}: required, missing`);
    for (const [name, field] of Object.entries(record)) {
      if (properties[name]) problems.push(...schemaProblems(document, properties[name], field, `${at}.${name}`));
      else if (typeof schema.additionalProperties === 'object') problems.push(...schemaProblems(document, schema.additionalProperties, field, `${at}.${name}`));
      else if (schema.properties && !schema.additionalProperties) problems.push(`${at}.${name}: not in the document`);
    }
    return problems;
  }
  return [];
}
