/** Vietnamese, the portal's default language. en.ts must have the same keys (checked by its type). */
const vi = {
  app: { title: 'Cổng 135', subtitle: 'Nâng cao năng lực — Chương trình 135', loading: 'Đang tải…', language: 'Ngôn ngữ', signOut: 'Đăng xuất', menu: 'Danh mục' },
  nav: {
    dashboard: 'Tổng quan huyện', province: 'Tổng quan tỉnh', communes: 'Xã', villages: 'Thôn, bản', boards: 'Ban giám sát',
    participants: 'Người tham gia', activities: 'Hoạt động', funding: 'Kinh phí', users: 'Người dùng', audit: 'Nhật ký thay đổi',
  },
  roles: { PROVINCE_ADMIN: 'Quản trị tỉnh', PROVINCE_VIEWER: 'Xem cấp tỉnh', DISTRICT_MANAGER: 'Cán bộ huyện', DISTRICT_VIEWER: 'Xem cấp huyện' },
  signIn: { title: 'Đăng nhập', username: 'Tên đăng nhập', password: 'Mật khẩu', submit: 'Đăng nhập', failed: 'Sai tên đăng nhập hoặc mật khẩu', expired: 'Phiên làm việc đã hết, vui lòng đăng nhập lại' },
  common: {
    add: 'Thêm', edit: 'Sửa', delete: 'Xoá', save: 'Lưu', cancel: 'Huỷ', search: 'Tìm kiếm', all: 'Tất cả', yes: 'Có', no: 'Không',
    actions: 'Thao tác', saved: 'Đã lưu', deleted: 'Đã xoá', confirmDelete: 'Xoá mục này?', year: 'Năm', total: 'Tổng',
    page: 'Trang {page}', rows: '{from}–{to} trên {total}', previous: 'Trang trước', next: 'Trang sau', none: 'Không có dữ liệu',
    notFound: 'Không tìm thấy', notFoundText: 'Mục này không tồn tại hoặc không thuộc phạm vi của bạn.',
    forbidden: 'Không có quyền', forbiddenText: 'Vai trò của bạn không được mở trang này.', back: 'Quay lại', district: 'Huyện', commune: 'Xã', village: 'Thôn, bản',
    readOnly: 'Bạn chỉ có quyền xem.', details: 'Chi tiết',
  },
  errors: {
    generic: 'Có lỗi xảy ra: {message}', CONFLICT: 'Dữ liệu vừa được người khác thay đổi; hãy tải lại và thử lại.', NOT_FOUND: 'Không tìm thấy',
    IN_USE: 'Không thể xoá vì dữ liệu đang được sử dụng.', FORBIDDEN: 'Bạn không có quyền thực hiện thao tác này.',
    BUDGET_CAP_EXCEEDED: 'Vượt trần kinh phí trao đổi học tập: trần {cap}, đã cam kết {committed}, đề nghị {requested}, còn lại {headroom}.',
    BUDGET_EXCEEDED: 'Vượt dự toán được giao: dự toán {cap}, đã cam kết {committed}, đề nghị {requested}, còn lại {headroom}.',
    RATE_LIMITED: 'Quá nhiều lần thử; vui lòng thử lại sau.', BAD_USER_INPUT: 'Dữ liệu không hợp lệ: {message}',
  },
  enums: {
    P135Status: { NONE: 'Không thuộc diện', ESPECIALLY_DIFFICULT: 'Xã đặc biệt khó khăn', SAFE_ZONE: 'Xã an toàn khu' },
    CommuneType: { COMMUNE: 'Xã', WARD: 'Phường', TOWNSHIP: 'Thị trấn' },
    Gender: { FEMALE: 'Nữ', MALE: 'Nam' },
    ParticipantCategory: {
      COMMUNE_OFFICIAL: 'Cán bộ xã', VILLAGE_OFFICIAL: 'Cán bộ thôn, bản', MONITORING_BOARD_MEMBER: 'Thành viên ban giám sát',
      PRESTIGIOUS_PERSON: 'Người có uy tín', RESIDENT: 'Người dân',
    },
    ActivityKind: { TRAINING: 'Tập huấn', EXCHANGE: 'Trao đổi học tập' },
    ActivityScope: { IN_PROVINCE: 'Trong tỉnh', OUT_OF_PROVINCE: 'Ngoài tỉnh' },
    ActivityStatus: { PLANNED: 'Kế hoạch', COMPLETED: 'Đã hoàn thành', CANCELLED: 'Đã huỷ' },
    BoardRole: { HEAD: 'Trưởng ban', DEPUTY: 'Phó ban', MEMBER: 'Thành viên' },
    AuditAction: { CREATE: 'Tạo', UPDATE: 'Sửa', DELETE: 'Xoá' },
  },
  dashboard: {
    trained: 'Người được tập huấn năm {year}', womenShare: 'Tỷ lệ nữ được tập huấn', minorityShare: 'Tỷ lệ DTTS được tập huấn', title: 'Tổng quan huyện {district}', communes: 'Xã', villages: 'Thôn, bản', boards: 'Ban giám sát', participants: 'Người tham gia',
    activities: 'Hoạt động năm {year}', trainings: 'Lớp tập huấn năm {year}', envelope: 'Dự toán năm {year}', allocation: 'Được giao',
    committed: 'Đã cam kết', spent: 'Đã chi', headroom: 'Còn lại', notFunded: 'Tỉnh chưa giao kinh phí năm {year}.',
  },
  communes: { title: 'Danh sách xã', code: 'Mã', name: 'Tên xã', type: 'Loại', status: 'Diện 135', editStatus: 'Sửa diện 135 của xã {name}', hasBoard: 'Có ban giám sát' },
  villages: {
    title: 'Thôn, bản', name: 'Tên thôn, bản', households: 'Số hộ', poorHouseholds: 'Số hộ nghèo', especiallyDifficult: 'Đặc biệt khó khăn',
    create: 'Thêm thôn, bản', editTitle: 'Sửa thôn, bản',
  },
  boards: {
    title: 'Ban giám sát cộng đồng', establishedOn: 'Ngày thành lập', decisionRef: 'Số quyết định', members: 'Thành viên',
    create: 'Thành lập ban', editMembers: 'Thành viên ban giám sát xã {name}', addMember: 'Thêm thành viên', role: 'Chức danh', person: 'Người',
  },
  participants: {
    title: 'Người tham gia', fullName: 'Họ và tên', gender: 'Giới tính', birthYear: 'Năm sinh', category: 'Đối tượng', position: 'Chức vụ',
    phone: 'Điện thoại', idNumber: 'Số CCCD/CMND', ethnicGroupCode: 'Mã dân tộc', ethnicGroup: 'Dân tộc', ethnicMinority: 'Dân tộc thiểu số',
    minorityOnly: 'Chỉ dân tộc thiểu số', kinhOnly: 'Chỉ người Kinh',
    create: 'Thêm người tham gia', editTitle: 'Sửa thông tin người tham gia', searchPlaceholder: 'Tên (không cần dấu), số CCCD hoặc điện thoại',
    attendances: 'Các hoạt động đã tham gia', open: 'Mở',
  },
  activities: {
    title: 'Hoạt động', name: 'Tên hoạt động', kind: 'Loại', scope: 'Phạm vi', status: 'Trạng thái', startDate: 'Từ ngày', endDate: 'Đến ngày',
    location: 'Địa điểm', topic: 'Chủ đề', plannedCost: 'Kinh phí dự kiến', actualCost: 'Kinh phí thực chi', committedCost: 'Kinh phí tính vào dự toán',
    create: 'Thêm hoạt động', editTitle: 'Sửa hoạt động', attendance: 'Điểm danh', attendanceTitle: 'Điểm danh: {title}',
    attended: 'Có mặt', completed: 'Hoàn thành khoá học', people: 'Số người', headroom: 'Trần trao đổi học tập năm {year}: còn {headroom} (trần {cap}).',
    envelopeHeadroom: 'Dự toán của huyện năm {year} còn {headroom}.', pickPeople: 'Chọn người tham gia', provider: 'Đơn vị thực hiện',
  },
  province: {
    millions: 'triệu ₫', title: 'Tổng quan tỉnh năm {year}', rollup: 'Tổng hợp theo huyện', communes: 'Số xã', ed: 'Xã ĐBKK', villages: 'Số thôn', boards: 'Ban GS',
    registered: 'Người đăng ký', trained: 'Người được tập huấn', personTimes: 'Lượt người', women: 'Nữ', minority: 'DTTS', coverage: 'Độ phủ xã ĐBKK',
    allocation: 'Được giao', committed: 'Cam kết', spent: 'Đã chi', trainedByDistrict: 'Người được tập huấn theo huyện và đối tượng',
    shares: 'Tỷ lệ nữ và dân tộc thiểu số', womenShare: 'Tỷ lệ nữ', minorityShare: 'Tỷ lệ DTTS', spending: 'Chi tiêu so với dự toán',
    cap: 'Trần trao đổi học tập', capUsed: 'Đã dùng {used} / {cap}', noReport: 'Báo cáo tổng hợp chưa có trên máy chủ; đang hiện số liệu kinh phí.',
  },
  funding: {
    title: 'Kinh phí năm {year}', central: 'Vốn trung ương', capPercent: 'Trần trao đổi học tập (%)', decisionRef: 'Số quyết định giao vốn',
    allocations: 'Phân bổ cho các huyện', amount: 'Số tiền', allocated: 'Đã phân bổ', saveFunding: 'Lưu kinh phí', saveAllocations: 'Lưu phân bổ',
    notFunded: 'Chưa có kinh phí cho năm này.',
  },
  users: { title: 'Người dùng', you: 'Bạn đang đăng nhập', name: 'Tên', role: 'Vai trò', scope: 'Phạm vi', note: 'Danh sách tài khoản sẽ có khi API cung cấp.' },
  audit: { title: 'Nhật ký thay đổi', at: 'Thời điểm', action: 'Thao tác', entity: 'Đối tượng', entityId: 'Mã', actor: 'Người thực hiện' },
};
export default vi;
export type Messages = typeof vi;
