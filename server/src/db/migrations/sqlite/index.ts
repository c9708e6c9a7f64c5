import { InitialSchema1795894332236 } from './1795894332236-InitialSchema';
import { DistrictYearRecord1796407132779 } from './1796407132779-DistrictYearRecord';

/** In order of application; the generator prints what to add here. */
export const sqliteMigrations = [InitialSchema1795894332236, DistrictYearRecord1796407132779];
