import type { DataSource } from 'typeorm';
import { seedReference } from './reference-seed';
import { seedDemo, type DemoSummary } from './demo-seed';
import { seedDemoAccounts } from './demo-accounts';

export { demoAccounts, DEMO_PASSWORD } from './demo-accounts';

/** Reference data always; demo data and accounts unless told otherwise. Safe to run again. */
export async function seedAll(dataSource: DataSource, options: { demo: boolean }): Promise<DemoSummary | null> {
  await seedReference(dataSource);
  if (!options.demo) return null;
  const summary = await seedDemo(dataSource);
  await seedDemoAccounts(dataSource);
  return summary;
}
