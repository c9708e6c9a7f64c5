import { Matches, MaxLength } from 'class-validator';

export const PLACE_NAME_MAX = 100;

/**
 * A commune or village name as typed in a form: at most 100 characters and not blank. Services trim it
 * before saving, so "  Nà Bó " and "Nà Bó" are the same village.
 */
export function PlaceName(): PropertyDecorator {
  return (target, property) => {
    MaxLength(PLACE_NAME_MAX, { message: `A name has at most ${PLACE_NAME_MAX} characters` })(target, property);
    Matches(/\S/, { message: 'A name cannot be empty' })(target, property);
  };
}
