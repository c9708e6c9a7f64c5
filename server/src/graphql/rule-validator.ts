import { ValidateBy } from 'class-validator';
import type { Violation } from '../../../shared/rules/violation';

/** Marks a class-validator message that carries a shared rule's violation rather than text. */
const MARK = 'rule:';

/**
 * A GraphQL input field checked by a rule of shared/rules, the one the import and the web forms use.
 * class-validator only carries text, so the violation travels as JSON inside the message and
 * format-error.ts turns it back into a coded, translated error.
 */
export function Rule(check: (value: never) => Violation | null): PropertyDecorator {
  // Called with the value alone: a rule's optional parameters (a date, a field name) keep their defaults.
  const run = (value: unknown) => check(value as never);
  return ValidateBy({
    name: 'sharedRule',
    validator: {
      validate: (value) => run(value) === null,
      defaultMessage: (args) => MARK + JSON.stringify(args ? run(args.value) : null),
    },
  });
}

/** The violation inside a message made by Rule, or null for class-validator's own messages. */
export function violationIn(message: string): Violation | null {
  if (!message.startsWith(MARK)) return null;
  const parsed = JSON.parse(message.slice(MARK.length)) as Violation | null;
  return parsed && typeof parsed.field === 'string' && typeof parsed.code === 'string' ? parsed : null;
}
