/** The one way the Explorer reaches data: POST to the public GraphQL endpoint of the same server. */

export interface GqlError {
  message: string;
  extensions?: { code?: string };
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

export const GRAPHQL_URL = '/graphql';

export async function gql<D>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<D> {
  const res = await fetch(GRAPHQL_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
    ...(signal ? { signal } : {}),
  });
  let body: { data?: D | null; errors?: GqlError[] };
  try {
    body = (await res.json()) as typeof body;
  } catch {
    throw new ApiError(`the API answered ${res.status} without JSON`, undefined);
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code);
  if (!body.data) throw new ApiError(`the API answered ${res.status} with no data`, undefined);
  return body.data;
}
