import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/** One operation that puts `payload` in one string argument (or string input field) of one root field. */
export interface StringArgProbe {
  /** e.g. Query.person(cik) or Query.transactions(filter.issuerCik) */
  where: string;
  operation: 'query' | 'mutation';
  document: (payload: string) => string;
}

const STRINGY = new Set(['String', 'ID']);

/** A literal for a required input that is not the one under test: the dullest valid-looking value. */
function filler(type: GraphQLInputType): string {
  if (isNonNullType(type)) return filler(type.ofType);
  if (isListType(type)) return `[${filler(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    const req = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return `{ ${req.map((f) => `${f.name}: ${filler(f.type)}`).join(', ')} }`;
  }
  const name = getNamedType(type).name;
  if (name === 'Int' || name === 'Float') return '1';
  if (name === 'Boolean') return 'false';
  if (name === 'Date') return '"2020-01-01"';
  if (name === 'JSON') return '{}';
  return '"x"';
}

/** Paths (inside an argument's type) to every String/ID slot, with how to write a value there. */
function stringSlots(type: GraphQLInputType, depth = 0): Array<{ path: string[]; write: (lit: string) => string }> {
  if (isNonNullType(type)) return stringSlots(type.ofType, depth);
  if (isListType(type)) return stringSlots(type.ofType, depth).map((s) => ({ path: s.path, write: (lit) => `[${s.write(lit)}]` }));
  if (isScalarType(type) && STRINGY.has(type.name)) return [{ path: [], write: (lit) => lit }];
  if (isInputObjectType(type) && depth < 4) {
    const fields = Object.values(type.getFields());
    return fields.flatMap((f) =>
      stringSlots(f.type, depth + 1).map((s) => ({
        path: [f.name, ...s.path],
        write: (lit: string) => {
          const others = fields.filter((o) => o !== f && isNonNullType(o.type) && o.defaultValue === undefined);
          return `{ ${[`${f.name}: ${s.write(lit)}`, ...others.map((o) => `${o.name}: ${filler(o.type)}`)].join(', ')} }`;
        },
      })),
    );
  }
  return [];
}

function selection(field: GraphQLField<unknown, unknown>): string {
  const t = getNamedType(field.type);
  return isScalarType(t) || isEnumType(t) ? '' : ' { __typename }';
}

/** Every string argument of every root field, enumerated from the schema itself so none is missed. */
export function stringArgProbes(schema: GraphQLSchema): StringArgProbe[] {
  const roots: Array<[GraphQLObjectType | null | undefined, 'query' | 'mutation']> = [[schema.getQueryType(), 'query'], [schema.getMutationType(), 'mutation']];
  const out: StringArgProbe[] = [];
  for (const [root, operation] of roots) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      for (const arg of field.args) {
        for (const slot of stringSlots(arg.type)) {
          const others = (a: GraphQLArgument): boolean => a !== arg && isNonNullType(a.type) && a.defaultValue === undefined;
          out.push({
            where: `${root.name}.${field.name}(${[arg.name, ...slot.path].join('.')})`,
            operation,
            document: (payload) => {
              const args = [`${arg.name}: ${slot.write(JSON.stringify(payload))}`, ...field.args.filter(others).map((a) => `${a.name}: ${filler(a.type)}`)];
              return `${operation} { ${field.name}(${args.join(', ')})${selection(field)} }`;
            },
          });
        }
      }
    }
  }
  return out;
}
