// Apart from history-schema.ts so that the report model can read it without loading the schema library.

/** Earlier runs of the practice a report carries at most, besides its own. */
export const MAX_EARLIER_RUNS = 24;
