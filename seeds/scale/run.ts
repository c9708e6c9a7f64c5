/**
 * `npm run seed:scale -- [--url mysql://…/p135_scale] [--provinces 63] [--districts 700] [--communes 10000]
 *  [--villages 100000] [--participants 2000000] [--activities 150000] [--attendance 6000000] [--years 3]
 *  [--seed 135] [--batch 5000] [--bigProvince 0]`: a national-scale data set in MySQL/MariaDB (DATABASE_URL when --url is
 *  not given); `--bigProvince 1000000` adds one more province of that many people (big-province.ts).
 */
import 'reflect-metadata';
import { databaseUrlOf } from '../../server/src/config';
import { generateScaleData } from './generate-scale';
import { prepareScaleDatabase } from './prepare-database';
import { addBigProvince, bigProvinceSummary } from './big-province';
import { parseSizes } from './sizes';

async function main(): Promise<void> {
  const { sizes, url: given } = parseSizes(process.argv.slice(2));
  const url = given ?? databaseUrlOf();
  if (!url || !url.startsWith('mysql')) throw new Error('Give --url mysql://user@host:3306/p135_scale or DATABASE_URL');
  const migrated = performance.now();
  await prepareScaleDatabase(url);
  console.log(`migrated in ${((performance.now() - migrated) / 1000).toFixed(1)} s; loading ${JSON.stringify(sizes)}`);
  const load = await generateScaleData(url, sizes, (line) => console.log(`  ${line}`));
  console.log(`loaded in ${load.seconds.toFixed(1)} s (including ANALYZE TABLE)`);
  console.table(load.rows);
  if (sizes.bigProvince > 0) {
    const big = await addBigProvince(url, sizes.bigProvince, sizes.seed, sizes.batch, (line) => console.log(`  ${line}`));
    console.log(bigProvinceSummary(big));
  }
  console.log(
    `sign in as ${load.adminUsername} / ${load.password} (PROVINCE_ADMIN of province ${load.largeProvinceId}, the largest); latest fiscal year ${load.lastYear}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
