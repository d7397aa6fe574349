import { Field, Float, ID, InputType } from 'type-graphql';
import { AcquiredDisposed } from '../schema/enums';
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
  @Field(() => [String], { nullable: true, description: 'SEC transaction codes, e.g. ["P", "S"].' }) codes?: string[] | null;
  @Field(() => DateScalar, { nullable: true }) from?: string | null;
  @Field(() => DateScalar, { nullable: true }) to?: string | null;
  @Field(() => Float, { nullable: true, description: 'Least shares × price.' }) minValue?: number | null;
  @Field(() => AcquiredDisposed, { nullable: true }) acquiredDisposed?: AcquiredDisposed | null;
}
