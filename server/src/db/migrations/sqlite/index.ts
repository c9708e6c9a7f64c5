import { InitialSchema1795894332236 } from './1795894332236-InitialSchema';
import { PersonalDataGrant1796406180743 } from './1796406180743-PersonalDataGrant';

/** In order of application; the generator prints what to add here. */
export const sqliteMigrations = [InitialSchema1795894332236, PersonalDataGrant1796406180743];
