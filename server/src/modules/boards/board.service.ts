import type { RequestSession } from '../../session/request-session';
import type { Writer } from '../../session/writer';
import { paginate, type Page, type PageArgs } from '../../graphql/connection';
import { badInput, notFound } from '../../shared/errors';
import { Commune } from '../../domain/geography/commune.entity';
import { Participant } from '../../domain/participants/participant.entity';
import { MonitoringBoard } from '../../domain/boards/monitoring-board.entity';
import { BoardMember, BoardRole } from '../../domain/boards/board-member.entity';
import type { BoardMemberInput, CreateMonitoringBoardInput, MonitoringBoardFilter, UpdateMonitoringBoardInput } from './board.inputs';

/** The boards the caller reaches, narrowed by the filter, oldest first. */
export function listBoards(session: RequestSession, filter: MonitoringBoardFilter | null, page: PageArgs): Promise<Page<MonitoringBoard>> {
  const qb = session.rows(MonitoringBoard, 'b');
  if (filter?.districtId) qb.andWhere('b.districtId = :districtId', { districtId: filter.districtId });
  if (filter?.communeId) qb.andWhere('b.communeId = :communeId', { communeId: filter.communeId });
  return paginate(qb, 'b', page);
}

/** create() checks that the caller writes in the commune's district. */
export function createBoard(session: RequestSession, input: CreateMonitoringBoardInput): Promise<MonitoringBoard> {
  return session.write(async (w) => {
    // The commune row lock serialises two managers creating a board for the same commune at once,
    // so the second meets the friendly error below, not the unique index.
    const commune = await w.locked(Commune, input.communeId);
    if (commune.retiredAt) throw badInput('communeId', 'errors.communeRetired');
    // The board of a reached commune lies in the same district, so the scoped read sees it.
    if (await w.rows(MonitoringBoard, 'b').andWhere('b.communeId = :communeId', { communeId: commune.id }).getExists())
      throw badInput('communeId', 'errors.boardExists');
    return w.create(MonitoringBoard, {
      communeId: commune.id,
      districtId: commune.districtId,
      establishedOn: input.establishedOn,
      decisionRef: input.decisionRef?.trim() || null,
    });
  });
}

export function updateBoard(session: RequestSession, id: number, version: number, input: UpdateMonitoringBoardInput): Promise<MonitoringBoard> {
  return session.write(async (w) => {
    const board = await w.change(MonitoringBoard, id, version);
    const changes: Partial<MonitoringBoard> = {};
    if (input.establishedOn === null) throw badInput('establishedOn', 'errors.boardFoundingDate');
    if (input.establishedOn !== undefined) changes.establishedOn = input.establishedOn;
    if (input.decisionRef !== undefined) changes.decisionRef = input.decisionRef?.trim() || null;
    return w.update(MonitoringBoard, board, changes);
  });
}

/** Removes the board and, one audited row at a time, its members. */
export function deleteBoard(session: RequestSession, id: number, version: number): Promise<boolean> {
  return session.write(async (w) => {
    const board = await w.change(MonitoringBoard, id, version);
    for (const member of await membersOf(w, board.id)) await w.delete(BoardMember, member);
    await w.delete(MonitoringBoard, board);
    return true;
  });
}

/**
 * Replaces the member list in one transaction. Members are people of the board's own commune; the
 * board's version is bumped so that two people editing the list at once cannot silently overwrite
 * each other.
 */
export function setMembers(session: RequestSession, boardId: number, version: number, members: BoardMemberInput[]): Promise<MonitoringBoard> {
  return session.write(async (w) => {
    const board = await w.change(MonitoringBoard, boardId, version);
    checkMemberList(members);
    await checkParticipants(w, board, members);

    // The seats belong to the board's district, whose writer change() has just confirmed the caller is.
    const wanted = new Map(members.map((m) => [m.participantId, m.role]));
    const current = await membersOf(w, board.id);
    for (const row of current) {
      const role = wanted.get(row.participantId);
      if (role === undefined) await w.delete(BoardMember, row);
      else if (role !== row.role) await w.update(BoardMember, row, { role });
    }
    const seated = new Set(current.map((row) => row.participantId));
    for (const m of members) {
      if (!seated.has(m.participantId))
        await w.create(BoardMember, { boardId: board.id, participantId: m.participantId, districtId: board.districtId, role: m.role });
    }
    // The version column is written explicitly: the board's own columns do not change here.
    return w.update(MonitoringBoard, board, { version: board.version + 1 });
  });
}

function membersOf(w: Writer, boardId: number): Promise<BoardMember[]> {
  return w.rows(BoardMember, 'm').andWhere('m.boardId = :boardId', { boardId }).orderBy('m.id', 'ASC').getMany();
}

/** Rules on the list itself: each person once, one head (trưởng ban) at most. */
function checkMemberList(members: BoardMemberInput[]): void {
  const seen = new Set<number>();
  for (const m of members) {
    if (seen.has(m.participantId)) throw badInput('members', 'errors.listedTwice', { id: m.participantId });
    seen.add(m.participantId);
  }
  if (members.filter((m) => m.role === BoardRole.HEAD).length > 1) throw badInput('members', 'errors.boardOneHead');
}

/** Every member must be a participant the caller reaches, of the board's district and commune. */
async function checkParticipants(w: Writer, board: MonitoringBoard, members: BoardMemberInput[]): Promise<void> {
  if (members.length === 0) return;
  const ids = members.map((m) => m.participantId);
  const found = new Map((await w.rows(Participant, 'p').andWhere('p.id IN (:...ids)', { ids }).getMany()).map((p) => [p.id, p]));
  for (const id of ids) {
    const participant = found.get(id);
    if (!participant) throw notFound('Participant', id, 'participantId');
    // Only a province caller can get here with another district's participant: it sees both.
    if (participant.districtId !== board.districtId) throw badInput('members', 'errors.memberOtherDistrict', { id });
    if (participant.communeId !== board.communeId) throw badInput('members', 'errors.memberOtherCommune', { id });
  }
}
