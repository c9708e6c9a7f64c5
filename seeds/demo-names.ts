import type { SeededRandom } from './random';
import { Gender } from '../server/src/domain/participants/participant.entity';

/**
 * Building blocks for plausible generated names. Family names follow the customs of each group in the
 * area (Tày: Ma, Nông, Hoàng…; Dao: Triệu, Bàn, Đặng…; H'Mông: Giàng, Vàng, Sùng…).
 */
const FAMILY_NAMES: Record<string, readonly string[]> = {
  '01': ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đỗ', 'Bùi', 'Đặng', 'Ngô'], // Kinh
  '02': ['Ma', 'Nông', 'Hoàng', 'Quan', 'Lý', 'Hà', 'Âu', 'Chẩu', 'Ma Thị', 'Mông'], // Tày
  '07': ['Nông', 'Hoàng', 'Lương', 'Vi', 'Lăng'], // Nùng
  '08': ['Giàng', 'Vàng', 'Sùng', 'Lầu', 'Thào', 'Hầu', 'Lý'], // H'Mông
  '09': ['Triệu', 'Bàn', 'Đặng', 'Lý', 'Phùng', 'Chìu'], // Dao
  '15': ['Lâm', 'Hà', 'Đàm', 'Tô', 'Dương', 'La'], // Sán Chay (Cao Lan – Sán Chỉ)
  '18': ['Lâm', 'Diệp', 'Trương', 'Lục', 'Giang'], // Sán Dìu
};

const GIVEN_NAMES: Record<Gender, readonly string[]> = {
  [Gender.MALE]: [
    'An',
    'Bình',
    'Cường',
    'Dũng',
    'Hải',
    'Hùng',
    'Khánh',
    'Long',
    'Minh',
    'Nam',
    'Phúc',
    'Quang',
    'Sơn',
    'Thắng',
    'Toàn',
    'Tuấn',
    'Việt',
    'Chung',
    'Páo',
    'Seo',
  ],
  [Gender.FEMALE]: [
    'Anh',
    'Chi',
    'Dung',
    'Hà',
    'Hạnh',
    'Hoa',
    'Hương',
    'Lan',
    'Liên',
    'Mai',
    'Nga',
    'Nhung',
    'Phương',
    'Thảo',
    'Thu',
    'Trang',
    'Xuân',
    'Yến',
    'Mỷ',
    'Dợ',
  ],
};

export function personName(random: SeededRandom, ethnicGroupCode: string, gender: Gender): string {
  const family = random.pick(FAMILY_NAMES[ethnicGroupCode] ?? FAMILY_NAMES['01']);
  const middle = gender === Gender.FEMALE ? 'Thị' : random.pick(['Văn', 'Đức', 'Văn', 'Xuân']);
  const given = random.pick(GIVEN_NAMES[gender]);
  return family.endsWith('Thị') ? `${family} ${given}` : `${family} ${middle} ${given}`;
}

const VILLAGE_FIRST = ['Nà', 'Khuổi', 'Bản', 'Phiêng', 'Pác', 'Khau', 'Nặm', 'Cốc', 'Tát', 'Thẳm', 'Lũng', 'Bó'];
const VILLAGE_SECOND = ['Héc', 'Vài', 'Tâu', 'Luông', 'Mạ', 'Nghè', 'Thốc', 'Chang', 'Pài', 'Khà', 'Cọ', 'Muông', 'Va', 'Kè', 'Đon'];

/** Distinct village names for one commune: "Thôn Nà Héc" in the hills, "Tổ dân phố 3" in town. */
export function villageNames(random: SeededRandom, count: number, urban: boolean): string[] {
  if (urban) return Array.from({ length: count }, (_, i) => `Tổ dân phố ${i + 1}`);
  const names = new Set<string>();
  while (names.size < count) {
    names.add(`${random.pick(['Thôn', 'Bản'])} ${random.pick(VILLAGE_FIRST)} ${random.pick(VILLAGE_SECOND)}`);
  }
  return [...names];
}

export const TRAINING_TITLES = [
  'Tập huấn kỹ năng giám sát đầu tư của cộng đồng',
  'Bồi dưỡng kiến thức quản lý dự án cho cán bộ xã',
  'Tập huấn lập kế hoạch phát triển thôn bản có sự tham gia',
  'Tập huấn kỹ thuật trồng và chăm sóc chè Shan tuyết',
  'Tập huấn chăn nuôi gia súc và phòng chống dịch bệnh',
  'Bồi dưỡng kỹ năng tuyên truyền cho người có uy tín',
  'Tập huấn kỹ thuật trồng rừng sản xuất',
  'Tập huấn quản lý, vận hành công trình hạ tầng sau đầu tư',
] as const;

export const EXCHANGE_TRIPS = [
  { title: 'Tham quan mô hình cam sành tại Hàm Yên', location: 'Hàm Yên, Tuyên Quang', outOfProvince: false },
  { title: 'Trao đổi kinh nghiệm mô hình chè hữu cơ tại Tân Trào', location: 'Sơn Dương, Tuyên Quang', outOfProvince: false },
  { title: 'Tham quan mô hình hợp tác xã chè tại Thái Nguyên', location: 'Đại Từ, Thái Nguyên', outOfProvince: true },
  { title: 'Học tập kinh nghiệm giảm nghèo bền vững tại Hà Giang', location: 'Bắc Quang, Hà Giang', outOfProvince: true },
  { title: 'Tham quan mô hình du lịch cộng đồng tại Lào Cai', location: 'Sa Pa, Lào Cai', outOfProvince: true },
] as const;
