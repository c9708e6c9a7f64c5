import { checkPlaceName } from '../../../../shared/rules/village';
import { Rule } from '../../graphql/rule-validator';

/**
 * A commune or village name as typed in a form: at most 100 characters and not blank (shared/rules/village.ts).
 * Services trim it before saving, so "  Nà Bó " and "Nà Bó" are the same village.
 */
export function PlaceName(): PropertyDecorator {
  return Rule(checkPlaceName);
}
