import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The words of every participant's folded name (`searchName`), one row each, keyed by district first, so
 * that a name search is an index range inside the caller's districts (docs/SCALING.md, "Search"). Triggers
 * keep the table in step on every write path — the API, the import, the seeds and hand-written SQL — so no
 * caller can forget it. A word is what lies between single spaces of `searchName` (foldForSearch collapses
 * whitespace): the same split as the SQLite migration's. Phones get an index for exact lookups.
 */
const WORDS = `
  WHILE rest <> '' DO
    SET word = SUBSTRING_INDEX(rest, ' ', 1);
    SET rest = IF(LOCATE(' ', rest) > 0, SUBSTRING(rest, LOCATE(' ', rest) + 1), '');
    IF word <> '' THEN
      INSERT IGNORE INTO participant_name_token (districtId, token, participantId) VALUES (NEW.districtId, word, NEW.id);
    END IF;
  END WHILE;`;
const DECLARE = 'DECLARE rest VARCHAR(120) DEFAULT NEW.searchName; DECLARE word VARCHAR(120);';

export class ParticipantNameTokens1796500000000 implements MigrationInterface {
  name = 'ParticipantNameTokens1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `participant_name_token` (`districtId` int NOT NULL, `token` varchar(120) NOT NULL, `participantId` int NOT NULL, ' +
        'PRIMARY KEY (`districtId`, `token`, `participantId`), INDEX `ix_name_token_participant` (`participantId`, `token`)) ENGINE=InnoDB',
    );
    // Existing rows, set-based: words 1–16 of every name (names are at most 120 characters; the triggers take every word).
    const numbers = Array.from({ length: 16 }, (_, i) => `SELECT ${i + 1} AS n`).join(' UNION ALL ');
    await queryRunner.query(
      'INSERT IGNORE INTO `participant_name_token` (`districtId`, `token`, `participantId`) ' +
        "SELECT p.districtId, SUBSTRING_INDEX(SUBSTRING_INDEX(p.searchName, ' ', n.n), ' ', -1), p.id FROM participant p " +
        `JOIN (${numbers}) n ON n.n <= 1 + CHAR_LENGTH(p.searchName) - CHAR_LENGTH(REPLACE(p.searchName, ' ', '')) WHERE p.searchName <> ''`,
    );
    await queryRunner.query(`CREATE TRIGGER participant_name_tokens_insert AFTER INSERT ON participant FOR EACH ROW BEGIN ${DECLARE} ${WORDS} END`);
    await queryRunner.query(
      `CREATE TRIGGER participant_name_tokens_update AFTER UPDATE ON participant FOR EACH ROW BEGIN ${DECLARE} ` +
        'IF NOT (NEW.searchName <=> OLD.searchName AND NEW.districtId <=> OLD.districtId) THEN ' +
        `DELETE FROM participant_name_token WHERE participantId = OLD.id; ${WORDS} END IF; END`,
    );
    await queryRunner.query('CREATE TRIGGER participant_name_tokens_delete AFTER DELETE ON participant FOR EACH ROW DELETE FROM participant_name_token WHERE participantId = OLD.id');
    await queryRunner.query('CREATE INDEX `ix_participant_phone` ON `participant` (`phone`)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `ix_participant_phone` ON `participant`');
    for (const event of ['insert', 'update', 'delete']) await queryRunner.query(`DROP TRIGGER participant_name_tokens_${event}`);
    await queryRunner.query('DROP TABLE `participant_name_token`');
  }
}
