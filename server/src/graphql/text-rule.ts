// One rule for text from outside: no NUL characters (no text column can hold one, and drivers fail on them) and no
// unpaired UTF-16 surrogates (not Unicode; they cannot be encoded as UTF-8 for the database). Checked on every
// GraphQL argument, input field and variable, and on the REST inputs, before any resolver or SQL sees them.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import { ErrorCode, fieldError, type FieldError } from './errors.js';

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with a text, in the words of a field error's message, or null when it may be used. */
export function textProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'may not contain NUL characters';
  if (UNPAIRED_SURROGATE.test(text)) return 'may not contain unpaired surrogates (malformed Unicode)';
  return null;
}

/** Every string inside `value` (objects, arrays, keys included) that breaks the rule, by its path from `path`. */
export function badTextIn(value: unknown, path: string, found: FieldError[] = []): FieldError[] {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) found.push(fieldError(path, 'INVALID_CHARACTERS', problem));
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => badTextIn(v, `${path}.${i}`, found));
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      const problem = textProblem(k);
      if (problem) found.push(fieldError(path, 'INVALID_CHARACTERS', `has a key that ${problem}`));
      else badTextIn(v, path ? `${path}.${k}` : k, found);
    }
  }
  return found;
}

/** Where each variable is first passed: its argument's path (`filter.search` for `parks(filter: { search: $s })`). */
export function variableUses(document: DocumentNode): Map<string, string> {
  const uses = new Map<string, string>();
  const walk = (node: ValueNode, path: string) => {
    if (node.kind === Kind.VARIABLE && !uses.has(node.name.value)) uses.set(node.name.value, path);
    else if (node.kind === Kind.LIST) node.values.forEach((v, i) => walk(v, `${path}.${i}`));
    else if (node.kind === Kind.OBJECT) for (const f of node.fields) walk(f.value, `${path}.${f.name.value}`);
  };
  visit(document, {
    Argument(node) {
      walk(node.value, node.name.value);
    },
  });
  return uses;
}

/**
 * Every string in a request that breaks the rule: literals by their argument's path (`input.name`), variables' values
 * and defaults by the path of the argument they are passed to (by the variable's name when unused).
 */
export function badTextInRequest(document: DocumentNode, variables: Record<string, unknown> = {}): FieldError[] {
  const uses = variableUses(document);
  const found: FieldError[] = [];
  const walk = (node: ValueNode, path: string) => {
    if (node.kind === Kind.STRING) badTextIn(node.value, path, found);
    else if (node.kind === Kind.LIST) node.values.forEach((v, i) => walk(v, `${path}.${i}`));
    else if (node.kind === Kind.OBJECT) for (const f of node.fields) walk(f.value, `${path}.${f.name.value}`);
  };
  visit(document, {
    Argument(node) {
      walk(node.value, node.name.value);
    },
    VariableDefinition(node) {
      const name = node.variable.name.value;
      if (node.defaultValue) walk(node.defaultValue, uses.get(name) ?? name);
    },
  });
  for (const [name, value] of Object.entries(variables)) {
    const problem = textProblem(name);
    if (problem) found.push(fieldError('variables', 'INVALID_CHARACTERS', `has a name that ${problem}`));
    else badTextIn(value, uses.get(name) ?? name, found);
  }
  return found;
}

/** The refusal: BAD_USER_INPUT naming the first field, every field in `fieldErrors`, HTTP 400. */
export function badTextError(errors: readonly FieldError[]): GraphQLError {
  const message = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field: errors[0]?.field, fieldErrors: errors, http: { status: 400 } },
  });
}

/**
 * The rule on GraphQL requests (see badTextInRequest). Runs once the operation is known and before execution, so
 * no resolver and no SQL sees the text.
 */
export function textRulePlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const found = badTextInRequest(document, request.variables);
          if (found.length) throw badTextError(found);
        },
      };
    },
  };
}
