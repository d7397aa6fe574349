import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { AcquiredDisposed, Role, TransactionCode } from '../schema/enums';
import { DateScalar } from '../schema/scalars';

@InputType()
export class FilingFilter {
  @Field(() => ID, { nullable: true }) issuer?: string | null;
  @Field(() => ID, { nullable: true }) person?: string | null;
  @Field(() => String, { nullable: true, description: '3, 4, 5, or an amendment such as 4/A.' }) formType?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Period of report on or after.' }) from?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Period of report on or before.' }) to?: string | null;
}

@InputType()
export class TransactionFilter {
  @Field(() => ID, { nullable: true }) issuer?: string | null;
  @Field(() => ID, { nullable: true }) person?: string | null;
  @Field(() => [TransactionCode], { nullable: true, description: 'SEC transaction codes, e.g. [P, S] (any of them).' }) codes?: TransactionCode[] | null;
  @Field(() => DateScalar, { nullable: true }) from?: string | null;
  @Field(() => DateScalar, { nullable: true }) to?: string | null;
  @Field(() => Float, { nullable: true, description: 'Least shares × price.' }) minValue?: number | null;
  @Field(() => Float, { nullable: true, description: 'Most shares × price.' }) maxValue?: number | null;
  @Field(() => AcquiredDisposed, { nullable: true }) acquiredDisposed?: AcquiredDisposed | null;
  @Field(() => Boolean, { nullable: true, description: 'Table II rows (true) or Table I rows (false).' }) derivative?: boolean | null;
  @Field(() => Role, { nullable: true, description: 'Rows whose filing has a reporting owner with this role (the box checked on that filing).' }) role?: Role | null;
  @Field(() => String, { nullable: true, description: 'Rows whose filing has an officer whose title contains this, any case ("chief financial").' }) titleContains?: string | null;
  @Field(() => Int, { nullable: true, description: 'Least days from transaction to filing date.' }) minFilingLagDays?: number | null;
  @Field(() => Int, { nullable: true, description: 'Most days from transaction to filing date.' }) maxFilingLagDays?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Form 4 rows filed after (true) or by (false) their deadline; see Transaction.lateFiling.' }) lateFiling?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Rows made under a Rule 10b5-1 plan (true) or known not to be (false); see Transaction.rule10b5One.' }) rule10b5One?: boolean | null;
}
