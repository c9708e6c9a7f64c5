import { InitialSchema1795894332236 } from './1795894332236-InitialSchema';
import { NormaliseUsernames1796406025325 } from '../1796406025325-NormaliseUsernames';

/** In order of application; the generator prints what to add here. */
export const sqliteMigrations = [InitialSchema1795894332236, NormaliseUsernames1796406025325];
