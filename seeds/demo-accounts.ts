import type { DataSource } from 'typeorm';
import { hashPassword } from '../server/src/auth/passwords';
import { Role, User } from '../server/src/domain/accounts/user.entity';
import { District } from '../server/src/domain/geography/district.entity';
import { Province } from '../server/src/domain/geography/province.entity';
import { TUYEN_QUANG } from './reference-seed';
import { environmentOf } from '../server/src/config';

export const DEMO_PASSWORD = 'demo135';

export interface DemoAccount {
  username: string;
  role: Role;
  districtCode: string | null;
}

/** The demo accounts (README, "Run it"): the province admin and viewer, a manager per district, one district viewer. */
export function demoAccounts(): DemoAccount[] {
  return [
    { username: 'tinh', role: Role.PROVINCE_ADMIN, districtCode: null },
    { username: 'tinh-xem', role: Role.PROVINCE_VIEWER, districtCode: null },
    ...TUYEN_QUANG.districts.map((d) => ({ username: `huyen-${d.code}`, role: Role.DISTRICT_MANAGER, districtCode: d.code })),
    { username: 'huyen-071-xem', role: Role.DISTRICT_VIEWER, districtCode: '071' },
  ];
}

/** Creates the missing demo accounts. Refused in production: a known password must never reach a live portal. */
export async function seedDemoAccounts(dataSource: DataSource, nodeEnv: string = environmentOf()): Promise<string[]> {
  if (nodeEnv === 'production') throw new Error('Demo accounts are refused when NODE_ENV=production');
  const province = await dataSource.getRepository(Province).findOneByOrFail({ code: TUYEN_QUANG.province.code });
  const districts = new Map((await dataSource.getRepository(District).findBy({ provinceId: province.id })).map((d) => [d.code, d]));
  const users = dataSource.getRepository(User);
  const existing = new Set((await users.find({ select: { username: true } })).map((u) => u.username));
  const created: string[] = [];
  for (const account of demoAccounts()) {
    if (existing.has(account.username)) continue;
    const district = account.districtCode ? districts.get(account.districtCode) : undefined;
    await users.insert(
      users.create({
        username: account.username,
        displayName: district ? `Demo – ${district.name}` : 'Demo – Ban Dân tộc tỉnh',
        passwordHash: await hashPassword(DEMO_PASSWORD),
        role: account.role,
        provinceId: province.id,
        districtId: district?.id ?? null,
        demo: true,
      }),
    );
    created.push(account.username);
  }
  return created;
}
