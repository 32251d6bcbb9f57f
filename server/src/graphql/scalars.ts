import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import type { FieldErrorReason } from './errors.js';

// Descriptions live in schema/common.graphql; these objects add only parsing and serialization.
// A refused value carries the field error reason (graphql/errors.ts) that the variable's fieldErrors entry reports.
function scalar(name: string, check: (v: string) => boolean, hint: string, reason: FieldErrorReason) {
  const parse = (value: unknown) => {
    if (typeof value !== 'string' || !check(value)) {
      throw new GraphQLError(`${name} must be ${hint}; got ${JSON.stringify(value)}`, {
        extensions: { code: 'BAD_USER_INPUT', reason },
      });
    }
    return value;
  };
  return new GraphQLScalarType<string, string>({
    name,
    serialize: (v) => String(v),
    parseValue: parse,
    parseLiteral: (ast: ValueNode) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
  });
}

function isCalendarDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

export const DecimalScalar = scalar('Decimal', (v) => /^-?\d+(\.\d+)?$/.test(v), 'a decimal string like "1234.56"', 'NOT_A_DECIMAL');
export const DateScalar = scalar('Date', isCalendarDate, 'a date YYYY-MM-DD', 'NOT_A_DATE');
export const PartialDateScalar = scalar(
  'PartialDate',
  (v) => /^\d{4}$/.test(v) || /^\d{4}-(0[1-9]|1[0-2])$/.test(v) || isCalendarDate(v),
  'YYYY, YYYY-MM or YYYY-MM-DD',
  'NOT_A_PARTIAL_DATE',
);

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize: (v) => (v instanceof Date ? v.toISOString() : new Date(String(v)).toISOString()),
  parseValue: (v) => {
    const d = new Date(String(v));
    if (typeof v !== 'string' || Number.isNaN(d.getTime())) {
      throw new GraphQLError(`DateTime must be an ISO 8601 instant; got ${JSON.stringify(v)}`, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return d;
  },
});
