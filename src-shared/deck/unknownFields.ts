import type { z } from 'zod';
import type { JsonPathSegment } from './deckError';

/**
 * Lists the JSON paths of fields the schema does not define (kept on a round trip because every deck object is a
 * `z.looseObject`). Walks the zod 4 schema definition alongside the value: objects, arrays, defaults/optionals and
 * discriminated unions. Stops after `limit` paths.
 */
export function findUnknownFields(schema: z.ZodType, value: unknown, limit = 50): JsonPathSegment[][] {
  const out: JsonPathSegment[][] = [];
  walk(schema, value, [], out, limit);
  return out;
}

function walk(schema: z.ZodType, value: unknown, path: JsonPathSegment[], out: JsonPathSegment[][], limit: number): void {
  if (out.length >= limit || value === null || typeof value !== 'object') return;
  const def = (schema as any)._zod.def;
  switch (def.type) {
    case 'default':
    case 'prefault':
    case 'optional':
    case 'nullable':
    case 'readonly':
    case 'catch':
      walk(def.innerType, value, path, out, limit);
      return;
    case 'array':
      if (Array.isArray(value)) value.forEach((item, i) => walk(def.element, item, [...path, i], out, limit));
      return;
    case 'object': {
      if (Array.isArray(value)) return;
      const shape = def.shape as Record<string, z.ZodType>;
      for (const [key, v] of Object.entries(value)) {
        if (out.length >= limit) return;
        if (Object.prototype.hasOwnProperty.call(shape, key)) walk(shape[key], v, [...path, key], out, limit);
        else out.push([...path, key]);
      }
      return;
    }
    case 'union': {
      const disc: string | undefined = def.discriminator;
      if (!disc) return;
      const tag = (value as Record<string, unknown>)[disc];
      const option = (def.options as z.ZodType[]).find((o) => {
        const lit = (o as any)._zod.def.shape?.[disc]?._zod.def;
        return lit?.type === 'literal' && (lit.values as unknown[]).includes(tag);
      });
      if (option) walk(option, value, path, out, limit);
      return;
    }
    default:
      return;
  }
}
