import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../graph/queries/page';

// The sizes live beside the queries, which slice the first page of short lists with them.
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE };

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, ${DEFAULT_PAGE_SIZE} by default, at most ${MAX_PAGE_SIZE}.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The cursor of the last edge of the previous page.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `With before: the page of this many edges (at most ${MAX_PAGE_SIZE}) just before that cursor, for paging backwards.` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'The cursor of the first edge of the next page (startCursor): the page ends just before it.' })
  before?: string | null;
}

@ObjectType()
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field() hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface EdgeShape<T> {
  node: T;
  cursor: string;
}

/** What a resolver hands back for a connection; totalCount runs its own count only when asked for. */
export interface ConnectionShape<T> {
  edges: Array<EdgeShape<T>>;
  pageInfo: PageInfo;
  count: () => Promise<number>;
}

/**
 * A Relay connection type for a node type. totalCount is a method so its count query runs only when
 * a client selects it (counting a large filtered set costs as much as the page itself).
 */
export function Connection<T extends object>(name: string, nodeType: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class Edge implements EdgeShape<T> {
    @Field(() => nodeType) node!: T;
    @Field() cursor!: string;
  }

  @ObjectType(`${name}Connection`)
  class Conn implements ConnectionShape<T> {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    count!: () => Promise<number>;

    @Field(() => Int)
    totalCount(): Promise<number> {
      return this.count();
    }
  }
  return Conn;
}
