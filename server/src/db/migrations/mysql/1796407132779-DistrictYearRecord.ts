import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DistrictYearRecord1796407132779 implements MigrationInterface {
  name = 'DistrictYearRecord1796407132779';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `district_year` (`id` int NOT NULL AUTO_INCREMENT, `version` int NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), `districtId` int NOT NULL, `provinceId` int NOT NULL, `fiscalYear` int NOT NULL, `status` varchar(24) NOT NULL DEFAULT 'OPEN', `submittedBy` varchar(100) NULL, `submittedAt` datetime NULL, `note` varchar(1000) NULL, `decidedBy` varchar(100) NULL, `decidedAt` datetime NULL, `reason` varchar(1000) NULL, `approvedAt` datetime NULL, `approvedBy` varchar(100) NULL, `approvedFigures` text NULL, UNIQUE INDEX `uq_district_year` (`districtId`, `fiscalYear`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `province_year` (`id` int NOT NULL AUTO_INCREMENT, `version` int NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), `provinceId` int NOT NULL, `fiscalYear` int NOT NULL, `closedBy` varchar(100) NOT NULL, `closedAt` datetime NOT NULL, UNIQUE INDEX `uq_province_year` (`provinceId`, `fiscalYear`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `district_year` ADD CONSTRAINT `FK_673b668220e10e482a23e53cd4d` FOREIGN KEY (`districtId`) REFERENCES `district`(`id`) ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `province_year` ADD CONSTRAINT `FK_4373158a255ee5b798593a25fd6` FOREIGN KEY (`provinceId`) REFERENCES `province`(`id`) ON DELETE NO ACTION ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `province_year` DROP FOREIGN KEY `FK_4373158a255ee5b798593a25fd6`");
    await queryRunner.query("ALTER TABLE `district_year` DROP FOREIGN KEY `FK_673b668220e10e482a23e53cd4d`");
    await queryRunner.query("DROP INDEX `uq_province_year` ON `province_year`");
    await queryRunner.query("DROP TABLE `province_year`");
    await queryRunner.query("DROP INDEX `uq_district_year` ON `district_year`");
    await queryRunner.query("DROP TABLE `district_year`");
  }
}
