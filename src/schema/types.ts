import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, JSONScalar } from './scalars';
import type { RoleRecord } from '../graph/queries/persons';
import type { RoleName } from '../graph/queries/roles';
import { AcquiredDisposed, NodeKind, Ownership, Role, RowKind, Rule10b5OneSource } from './enums';
import type { CountedPage } from '../graph/queries/page';
import { Connection } from './pagination';

/*
 * The API's object types. Fields that need the graph (issuer of a filing, insiders of an issuer, ...)
 * are field resolvers in src/resolvers; the classes here carry what a query row already holds, plus
 * the graph key the resolvers look further with (not exposed: clients get the stable `id`).
 */

@ObjectType({ description: 'A reporting owner: an insider, identified by CIK, or by name at an issuer when the filing gave none.' })
export class Person {
  key!: string;
  @Field(() => String, { nullable: true }) cik!: string | null;
  @Field() name!: string;
}

@ObjectType({ description: 'A company whose securities the filings are about.' })
export class Issuer {
  key!: string;
  @Field(() => String, { nullable: true }) cik!: string | null;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) ticker!: string | null;
}

@ObjectType({ description: 'A ticker an issuer used, as its filings gave it.' })
export class TickerPeriod {
  @Field() ticker!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Period of report of the first filing that gave this ticker.' }) firstReported!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Period of report of the latest filing that gave this ticker.' }) lastReported!: string | null;
}

@ObjectType({ description: 'An issuer that used a ticker, and when it last did.' })
export class TickerUse {
  @Field(() => Issuer) issuer!: Issuer;
  @Field(() => DateScalar, { nullable: true, description: 'Period of report of the latest filing that gave the issuer this ticker.' }) lastReported!: string | null;
}

@ObjectType()
export class Footnote {
  @Field() id!: string;
  @Field() text!: string;
}

@ObjectType({ description: 'One Form 3, 4 or 5 (or an amendment).' })
export class Filing {
  key!: string;
  issuerKey!: string;
  issuerCik!: string | null;
  @Field() formType!: string;
  @Field(() => String, { nullable: true }) accessionNumber!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'The day EDGAR filed it (the submission header’s FILED AS OF DATE); null for a document read without its header.' })
  filingDate!: string | null;
  @Field(() => String, { nullable: true, description: 'EDGAR’s acceptance time as the header gives it, Eastern time without a zone: YYYY-MM-DDTHH:MM:SS.' })
  acceptedAt!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'The form’s Rule 10b5-1(c) checkbox (forms from April 2023); null where the form has none. See Transaction.rule10b5One for each row.' })
  aff10b5One!: boolean | null;
  @Field(() => DateScalar, { nullable: true }) periodOfReport!: string | null;
  @Field(() => DateScalar, { nullable: true }) signatureDate!: string | null;
  @Field() isAmendment!: boolean;
  @Field({ description: 'True when a later amendment replaces this filing: its rows are not counted.' }) superseded!: boolean;
  @Field(() => String, { nullable: true }) remarks!: string | null;
  @Field(() => String, { nullable: true }) sourceFormat!: string | null;
}

@ObjectType({ description: 'A row of Table I (non-derivative) or Table II (derivative) of a filing.' })
export class Transaction {
  key!: string;
  filingKey!: string;
  issuerKey!: string;
  @Field(() => RowKind) kind!: RowKind;
  @Field(() => DateScalar, { nullable: true }) date!: string | null;
  @Field(() => DateScalar, { nullable: true }) deemedExecutionDate!: string | null;
  @Field(() => String, { nullable: true, description: 'SEC transaction code (P, S, A, M, ...).' }) code!: string | null;
  @Field(() => String, { nullable: true }) codeDescription!: string | null;
  @Field() securityTitle!: string;
  @Field() derivative!: boolean;
  @Field(() => Float, { nullable: true }) shares!: number | null;
  @Field(() => Float, { nullable: true }) pricePerShare!: number | null;
  @Field(() => Float, { nullable: true, description: 'shares × pricePerShare, where both are known.' }) value!: number | null;
  @Field(() => AcquiredDisposed, { nullable: true }) acquiredDisposed!: AcquiredDisposed | null;
  @Field(() => Float, { nullable: true }) sharesOwnedAfter!: number | null;
  @Field(() => Ownership, { nullable: true }) ownership!: Ownership | null;
  @Field(() => String, { nullable: true }) natureOfOwnership!: string | null;
  /** The first page of footnotes, which the row's statement brings along. */
  firstFootnotes!: CountedPage<Footnote>;
  @Field(() => Float, { nullable: true }) conversionOrExercisePrice!: number | null;
  @Field(() => DateScalar, { nullable: true }) exerciseDate!: string | null;
  @Field(() => DateScalar, { nullable: true }) expirationDate!: string | null;
  @Field(() => String, { nullable: true }) underlyingSecurityTitle!: string | null;
  @Field(() => Float, { nullable: true, description: 'Table II column 7: on a transaction row, the amount underlying that transaction’s derivatives.' }) underlyingShares!: number | null;
  @Field(() => Int, { nullable: true, description: 'Days from the transaction date to the filing’s filingDate, where both are known.' }) filingLagDays!: number | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'An original Form 4 filed after its deadline: the end of the second business day (weekdays but federal holidays) after the transaction, or after the deemed execution date where given. Null where not judged (no filing date, not a Form 4, an amendment, a holdings row).',
  })
  lateFiling!: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Made under a Rule 10b5-1 trading plan: the row’s footnotes or the remarks say so (not in a denying sentence), or the form’s checkbox is ticked. False where the checkbox is explicitly unticked and nothing mentions a plan; null where nothing is known.',
  })
  rule10b5One!: boolean | null;
  @Field(() => Rule10b5OneSource, { nullable: true, description: 'Where rule10b5One comes from.' }) rule10b5OneSource!: Rule10b5OneSource | null;
}

@ObjectType({
  description:
    'A derivative holding line: one derivative security (an option grant, a convertible class) with its terms, held directly or indirectly with one nature of ownership. A person holding the same security directly and through two trusts has three lines.',
})
export class Option {
  key!: string;
  /** The line: the derivative security's key, ownership form and nature (ids are unique per line). */
  lineKey!: string;
  issuerKey!: string;
  @Field() title!: string;
  @Field(() => Float, { nullable: true }) exercisePrice!: number | null;
  @Field(() => DateScalar, { nullable: true }) exerciseDate!: string | null;
  @Field(() => DateScalar, { nullable: true }) expirationDate!: string | null;
  @Field(() => String, { nullable: true }) underlyingTitle!: string | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Underlying amount of what this line holds, only where a report states it for the holding (a holdings row: every Form 3 row, Form 4/5 holdings rows); null where the latest balance came from a transaction row, whose column 7 is the amount of that transaction (see Transaction.underlyingShares).',
  })
  underlyingShares!: number | null;
  @Field(() => Ownership, { nullable: true }) ownership!: Ownership | null;
  @Field(() => String, { nullable: true }) natureOfOwnership!: string | null;
  @Field(() => Float, { nullable: true, description: 'Derivative securities held after the latest report.' }) shares!: number | null;
  @Field(() => DateScalar, { nullable: true }) asOf!: string | null;
}

@ObjectType({ description: 'The latest reported balance of one security line (security, direct/indirect, nature).' })
export class Holding {
  issuerKey!: string;
  @Field() securityTitle!: string;
  @Field(() => Ownership, { nullable: true }) ownership!: Ownership | null;
  @Field(() => String, { nullable: true }) natureOfOwnership!: string | null;
  @Field(() => Float, { nullable: true }) shares!: number | null;
  @Field(() => DateScalar, { nullable: true }) asOf!: string | null;
}

@ObjectType({ description: 'The balance after one reported row.' })
export class HoldingPoint {
  @Field(() => DateScalar, { nullable: true }) date!: string | null;
  @Field(() => Float) shares!: number;
  @Field() securityTitle!: string;
  @Field(() => Ownership, { nullable: true }) ownership!: Ownership | null;
  @Field(() => String, { nullable: true }) natureOfOwnership!: string | null;
  @Field(() => String, { nullable: true }) code!: string | null;
}

@ObjectType({ description: 'A role of a person at an issuer, over the span of filings that showed it.' })
export class Relationship {
  @Field(() => Role) role!: Role;
  @Field(() => String, { nullable: true, description: 'Officer title, or the text of an "other" relationship.' }) title!: string | null;
  @Field(() => DateScalar, { nullable: true }) since!: string | null;
  @Field(() => DateScalar, { nullable: true }) until!: string | null;
}

/** A person at an issuer, with the filter its roles are listed under and the first page of them. */
export abstract class RolesOf {
  personKey!: string;
  issuerKey!: string;
  roleFilter!: { role: RoleName | null; asOf: string | null };
  firstRoles!: CountedPage<RoleRecord>;
}

@ObjectType()
export class PersonIssuer extends RolesOf {}

@ObjectType()
export class Insider extends RolesOf {
  @Field(() => Person) person!: Person;
}

@ObjectType()
export class CoInsider {
  @Field(() => Person) person!: Person;
  centerKey!: string;
  firstSharedKeys!: CountedPage<string>;
}

@ObjectType({ description: 'A person or an issuer in a graph view.' })
export class Node {
  @Field(() => ID) id!: string;
  @Field(() => NodeKind) kind!: NodeKind;
  @Field() label!: string;
  @Field(() => Int, { description: 'Hops from the centre (network) or position on the path (connection).' }) hops!: number;
}

@ObjectType({ description: 'A role relationship in a graph view, from a person to an issuer.' })
export class Edge {
  @Field(() => ID) id!: string;
  @Field(() => ID) source!: string;
  @Field(() => ID) target!: string;
  @Field(() => Role) role!: Role;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => DateScalar, { nullable: true }) since!: string | null;
  @Field(() => DateScalar, { nullable: true }) until!: string | null;
}

@ObjectType()
export class GraphView {
  @Field(() => [Node]) nodes!: Node[];
  @Field(() => [Edge]) edges!: Edge[];
}

@ObjectType()
export class Paths {
  @Field(() => Int, { nullable: true, description: 'Hops of the shortest paths; null when none within maxHops.' }) hops!: number | null;
  @Field(() => [GraphView]) paths!: GraphView[];
}

@ObjectType()
export class ActivityPeriod {
  @Field({ description: 'YYYY-MM or YYYY-Qn.' }) period!: string;
  @Field(() => Int, { description: 'Open-market purchases (code P).' }) buys!: number;
  @Field(() => Int, { description: 'Open-market sales (code S).' }) sells!: number;
  @Field(() => Float) buyShares!: number;
  @Field(() => Float) sellShares!: number;
  @Field(() => Float, { description: 'Acquired minus disposed shares over every non-derivative transaction.' }) netShares!: number;
  @Field(() => Float, { description: 'Acquired minus disposed value (shares × price) over every non-derivative transaction, summed exactly and rounded to the cent once.' }) netValue!: number;
}

@ObjectType()
export class ClusterBuy {
  issuerKey!: string;
  from!: string | null;
  to!: string | null;
  firstInsiderKeys!: CountedPage<string>;
  @Field(() => Int) insiderCount!: number;
  @Field(() => Int) buys!: number;
  @Field(() => Float) shares!: number;
  @Field(() => Float, { description: 'Shares × price of the buys, summed exactly and rounded to the cent once.' }) value!: number;
  @Field(() => DateScalar, { nullable: true }) firstDate!: string | null;
  @Field(() => DateScalar, { nullable: true }) lastDate!: string | null;
}

@ObjectType()
export class CypherResult {
  @Field(() => [String]) columns!: string[];
  @Field(() => [JSONScalar], { description: 'One JSON object per row, keyed by column.' }) rows!: unknown[];
}

export const PersonConnection = Connection('Person', Person);
export const IssuerConnection = Connection('Issuer', Issuer);
export const FilingConnection = Connection('Filing', Filing);
export const TransactionConnection = Connection('Transaction', Transaction);
export const InsiderConnection = Connection('Insider', Insider);
export const CoInsiderConnection = Connection('CoInsider', CoInsider);
export const ClusterBuyConnection = Connection('ClusterBuy', ClusterBuy);
export const PersonIssuerConnection = Connection('PersonIssuer', PersonIssuer);
export const RelationshipConnection = Connection('Relationship', Relationship);
export const HoldingConnection = Connection('Holding', Holding);
export const OptionConnection = Connection('Option', Option);
export const HoldingPointConnection = Connection('HoldingPoint', HoldingPoint);
export const FootnoteConnection = Connection('Footnote', Footnote);
