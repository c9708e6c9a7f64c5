/**
 * `npm run seed:scale:big -- --url mysql://…/p135_scale --people 1000000 [--seed 135] [--batch 5000]`: adds the
 * big province (big-province.ts) to a scale database that is already loaded, without loading the rest again.
 */
import 'reflect-metadata';
import { databaseUrlOf } from '../../server/src/config';
import { addBigProvince, bigProvinceSummary } from './big-province';

async function main(): Promise<void> {
  const args = new Map<string, string>();
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || argv[i + 1] === undefined) throw new Error(`Expected --name value, got "${argv[i]}"`);
    args.set(argv[i].slice(2), argv[i + 1]);
  }
  const unknown = [...args.keys()].filter((name) => !['url', 'people', 'seed', 'batch'].includes(name));
  if (unknown.length > 0) throw new Error(`Unknown --${unknown.join(', --')}; known: url, people, seed, batch`);
  const url = args.get('url') ?? databaseUrlOf();
  const people = Number(args.get('people')?.replace(/_/g, ''));
  if (!url || !url.startsWith('mysql')) throw new Error('Give --url mysql://user@host:3306/p135_scale or DATABASE_URL');
  if (!Number.isInteger(people) || people < 1) throw new Error('Give --people, a whole number ≥ 1');
  const big = await addBigProvince(url, people, Number(args.get('seed') ?? 135), Number(args.get('batch') ?? 5000), (line) => console.log(`  ${line}`));
  console.log(bigProvinceSummary(big));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
