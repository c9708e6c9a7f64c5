/** How big a generated data set is. Every size is a parameter so tests can load a tiny one. */
export interface ScaleSizes {
  provinces: number;
  districts: number;
  communes: number;
  villages: number;
  participants: number;
  activities: number;
  attendance: number;
  /** Fiscal years firstYear … firstYear + years − 1; the last one is partly planned. */
  years: number;
  firstYear: number;
  /** Province 1 gets this many times an ordinary province's share of districts: the benchmark's "large province". */
  largeProvinceWeight: number;
  seed: number;
  /** Rows per multi-row INSERT. */
  batch: number;
  /** 1 (default): drop the secondary indexes of participant and attendance before loading them and rebuild them after; 0: load into live indexes. */
  deferIndexes: number;
  /** > 0: one more province of this many people, loaded after the rest (big-province.ts); 0 (default): none. */
  bigProvince: number;
}

/** Program 135 at national scale (issue 8). */
export const NATIONAL: ScaleSizes = {
  provinces: 63,
  districts: 700,
  communes: 10_000,
  villages: 100_000,
  participants: 2_000_000,
  activities: 150_000,
  attendance: 6_000_000,
  years: 3,
  firstYear: 2023,
  largeProvinceWeight: 3,
  seed: 135,
  batch: 5_000,
  deferIndexes: 1,
  bigProvince: 0,
};

/** The password of the generated accounts (`scale-p01` … : PROVINCE_ADMIN of each province). */
export const SCALE_PASSWORD = 'scale135';
export const provinceAdminName = (provinceNumber: number): string => `scale-p${String(provinceNumber).padStart(2, '0')}`;

/** How the benchmark finds the big province: its code, and its PROVINCE_ADMIN (password SCALE_PASSWORD). */
export const BIG_PROVINCE_CODE = 'BIG';
export const BIG_PROVINCE_ADMIN = 'scale-big';

/** Reads `--name value` pairs over the defaults; unknown names are an error so typos do not pass silently. */
export function parseSizes(argv: readonly string[], defaults: ScaleSizes = NATIONAL): { sizes: ScaleSizes; url: string | null } {
  const sizes = { ...defaults };
  let url: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, '');
    const value = argv[i + 1];
    if (!argv[i].startsWith('--') || value === undefined) throw new Error(`Expected --name value, got "${argv[i]}"`);
    i++;
    if (name === 'url') {
      url = value;
      continue;
    }
    if (!(name in sizes)) throw new Error(`Unknown size --${name}; known: ${Object.keys(sizes).join(', ')}, url`);
    const number = Number(value.replace(/_/g, ''));
    if (!Number.isFinite(number) || number < 0) throw new Error(`--${name} must be a number, got "${value}"`);
    sizes[name as keyof ScaleSizes] = number;
  }
  if (sizes.districts < sizes.provinces || sizes.communes < sizes.districts)
    throw new Error('Need at least one district per province and one commune per district');
  return { sizes, url };
}
