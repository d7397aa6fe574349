import { GraphQLJSON, GraphQLLocalDate } from 'graphql-scalars';

/** Dates are ISO calendar dates (YYYY-MM-DD) both ways: filings carry no time of day or zone. */
export const DateScalar = GraphQLLocalDate;
export const JSONScalar = GraphQLJSON;
