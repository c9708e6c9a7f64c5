import { InitialSchema1795894332236 } from './1795894332236-InitialSchema';

/** In order of application; the generator prints what to add here. */
export const sqliteMigrations = [InitialSchema1795894332236];
