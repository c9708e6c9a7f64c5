import type { EditedParticipant } from '../components/ParticipantForm.vue';
import type { ParticipantInput } from '../graphql/generated/graphql';

type Editable = Required<Pick<ParticipantInput, 'fullName' | 'gender' | 'birthYear' | 'category' | 'communeId' | 'ethnicGroupCode'>> &
  Pick<ParticipantInput, 'villageId' | 'idNumber' | 'phone' | 'position'> & { id: number; version: number };

/** The participant form's values of a person as the list or the record page read it (one place for both). */
export function editedParticipant(p: Editable): EditedParticipant {
  return {
    id: p.id,
    version: p.version,
    fullName: p.fullName,
    gender: p.gender,
    birthYear: p.birthYear,
    category: p.category,
    communeId: p.communeId,
    villageId: p.villageId,
    ethnicGroupCode: p.ethnicGroupCode,
    idNumber: p.idNumber,
    phone: p.phone,
    position: p.position,
  };
}
