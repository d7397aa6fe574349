/** An EDGAR request that could not be completed: one line for the user, naming the URL and why. */
export class EdgarError extends Error {
  override readonly name = 'EdgarError';
  constructor(
    message: string,
    /** The HTTP status of the last attempt, or null for a network error. */
    readonly status: number | null,
  ) {
    super(message);
  }
}

/** Bad configuration of the EDGAR client (no User-Agent, a rate above the SEC's limit, a bad host). */
export class EdgarConfigError extends Error {
  override readonly name = 'EdgarConfigError';
}

/** A response that arrived but is not what that endpoint serves (not JSON, not an index, ...). */
export class EdgarFormatError extends Error {
  override readonly name = 'EdgarFormatError';
}
