// The building blocks of the stack file's schema, shared by its modules: a strict object, a name,
// a day, a flag, a document path, a closed list of words.
import { Type } from '@sinclair/typebox';

export const STRICT = { additionalProperties: false } as const;

export const Name = (description: string) => Type.String({ minLength: 1, description });
export const Day = (description: string) =>
  Type.String({ format: 'date', description: `${description} (YYYY-MM-DD)` });
export const NullableDay = (description: string) =>
  Type.Unsafe<string | null>({
    type: ['string', 'null'],
    format: 'date',
    description: `${description} (YYYY-MM-DD, or null)`,
  });
export const Months = (description: string) => Type.Integer({ minimum: 1, maximum: 120, description });
export const Flag = (description: string) => Type.Boolean({ description });
export const DocumentPath = (description: string) =>
  Type.String({ minLength: 1, description: `${description}; a path relative to the stack file` });

export const literalUnion = <T extends readonly string[]>(values: T, description: string) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], description });
