// The report's optional `endpoints`: each endpoint's TLS grade (after SSL Labs' rating guide) and
// header grade (after MDN HTTP Observatory), with its page visit summary when there was one.
import { Type } from '@sinclair/typebox';
import { PageSummarySchema } from './page-schema.js';
import { STRICT } from './result-schema.js';

const NullableNumber = () => Type.Unsafe<number | null>({ type: ['number', 'null'] });
const NullableLetter = <T extends string>(letters: readonly T[]) =>
  Type.Unsafe<T | null>({ type: ['string', 'null'], enum: [...letters, null] });
const TLS_LETTERS = ['A+', 'A', 'A-', 'B', 'C', 'D', 'E', 'F', 'T', 'M'] as const;
const HEADER_LETTERS = ['A+', 'A', 'A-', 'B+', 'B', 'B-', 'C+', 'C', 'C-', 'D+', 'D', 'D-', 'F'] as const;
export const EndpointGradesSchema = Type.Object(
  {
    url: Type.String(),
    phi: Type.Boolean(),
    error: Type.Optional(Type.String()),
    placeholder: Type.Optional(Type.String({ description: 'Why it was not probed: its address is a placeholder (a reserved name)' })),
    tls: Type.Object(
      {
        grade: NullableLetter(TLS_LETTERS),
        score: NullableNumber(),
        parts: Type.Object(
          { protocol: NullableNumber(), keyExchange: NullableNumber(), cipher: NullableNumber() },
          STRICT,
        ),
        caps: Type.Array(Type.String()),
        limits: Type.Array(Type.String()),
      },
      { ...STRICT, description: "Following Qualys SSL Labs' SSL Server Rating Guide, as far as the probes can see" },
    ),
    headers: Type.Object(
      {
        grade: NullableLetter(HEADER_LETTERS),
        score: NullableNumber(),
        tests: Type.Array(
          Type.Object({ name: Type.String(), result: Type.String(), modifier: Type.Number(), description: Type.String() }, STRICT),
        ),
        limits: Type.Array(Type.String()),
      },
      { ...STRICT, description: "Following MDN HTTP Observatory's published scoring" },
    ),
    page: Type.Optional(PageSummarySchema),
  },
  STRICT,
);
