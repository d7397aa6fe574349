export * from './model';
export { ParseError, isParseError, PARSE_ERROR_CODES, type ParseErrorCode } from './errors';
export { parseFiling, type ParseOptions } from './parse';
export { MAX_INPUT_BYTES } from './decode';
