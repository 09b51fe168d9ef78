/** Builds the OpenAPI 3.1 document from the routes' own zod schemas (GET /api/v1/openapi.json). */
import { z, type ZodType } from 'zod';
import { ErrorBodySchema } from '@kafaat/shared';
import type { RegisteredRoute } from '../routes/define';

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  return rest;
};

/** Query and path parameters are listed one by one, from the object schema's properties. */
function parametersOf(schema: ZodType | undefined, where: 'query' | 'path') {
  if (!schema) return [];
  const json = toSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, prop]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    ...(typeof prop.description === 'string' ? { description: prop.description } : {}),
    schema: prop,
  }));
}

/** A JSON body, or for uploads a multipart form: the validated fields plus the file. */
function requestBodyOf(body: ZodType, multipartFile: string | undefined) {
  const schema = toSchema(body, 'input');
  if (!multipartFile) return { required: true, content: { 'application/json': { schema } } };
  const form = schema as { properties?: Record<string, JsonSchema>; required?: string[] };
  const withFile = {
    ...form,
    properties: { ...form.properties, [multipartFile]: { type: 'string', contentMediaType: 'application/octet-stream' } },
    required: [...(form.required ?? []), multipartFile],
  };
  return { required: true, content: { 'multipart/form-data': { schema: withFile } } };
}

export function buildOpenApiDocument(routes: RegisteredRoute[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const { fullPath, spec } of routes) {
    const openApiPath = fullPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    const responses: Record<string, unknown> = {};
    for (const [status, r] of Object.entries(spec.responses)) {
      responses[status] = {
        description: r.description,
        ...(r.schema ? { content: { 'application/json': { schema: toSchema(r.schema, 'output') } } } : {}),
      };
    }
    responses.default = { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } } };
    paths[openApiPath] ??= {};
    paths[openApiPath][spec.method] = {
      summary: spec.summary,
      tags: spec.tags,
      parameters: [...parametersOf(spec.request?.params, 'path'), ...parametersOf(spec.request?.query, 'query')],
      ...(spec.request?.body ? { requestBody: requestBodyOf(spec.request.body, spec.multipartFile) } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Kafaat API', version, description: 'Skills matching for the Moroccan diaspora and for migrants.' },
    paths,
    components: { schemas: { ErrorBody: toSchema(ErrorBodySchema, 'output') } },
  };
}
