/** Why a document could not become a filing. Codes are stable: the CLI and the API print them. */
export const PARSE_ERROR_CODES = [
  'EMPTY_INPUT',
  'BINARY_INPUT',
  'TOO_LARGE',
  'MALFORMED_XML',
  'NOT_OWNERSHIP_DOCUMENT',
  'NO_OWNERSHIP_DOCUMENT',
  'UNSUPPORTED_DOCUMENT_TYPE',
  'MISSING_FIELD',
  'UNRECOGNISED_FORMAT',
  'INVALID_FILING',
] as const;
export type ParseErrorCode = (typeof PARSE_ERROR_CODES)[number];

/** The only error the parser throws: one line, no stack worth showing a user. */
export class ParseError extends Error {
  override readonly name = 'ParseError';
  constructor(
    readonly code: ParseErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function isParseError(e: unknown): e is ParseError {
  return e instanceof ParseError;
}
