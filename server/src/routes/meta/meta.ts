/** The machine-readable description of the API, generated from the same schemas the routes validate with. */
import { defineRoute, type RegisteredRoute } from '../define';
import { buildOpenApiDocument } from '../../openapi/document';

export function metaRoutes(registry: RegisteredRoute[], version: string) {
  let cached: unknown;
  return [
    defineRoute({
      method: 'get',
      path: '/openapi.json',
      summary: 'OpenAPI 3.1 document of this API',
      tags: ['meta'],
      responses: { 200: { description: 'The OpenAPI document' } },
      handler: (_req, res) => {
        cached ??= buildOpenApiDocument(registry, version);
        res.json(cached);
      },
    }),
  ];
}
