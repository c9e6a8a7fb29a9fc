/** Display text of the Sheets surface: menus, sidebar, dialogs, toasts, the consent explanation. */

/** Menu, dialogs and sidebar. */
export const UI = {
  menuTitle: "Tổ dân phố tự quản",
  menuSidebar: "Mở bảng điều khiển",
  menuValidate: "Kiểm tra tab này",
  menuSetup: "Khởi tạo / sửa biểu mẫu",
  /** `name`: the framework registry's menuName, e.g. "Lai Châu 2021". */
  menuSetupWith: (name: string) => `Khởi tạo / sửa biểu mẫu (khung ${name})`,
  /** `place`: the framework registry's sample place, e.g. "Lai Châu". */
  menuSampleOf: (place: string) => `Nạp dữ liệu mẫu ${place} (tập huấn)`,
  menuProtect: "Áp dụng phân quyền",
  menuRollup: "Tổng hợp toàn thành phố",
  menuHelp: "Hướng dẫn",
  sidebarTitle: "Bảng điều khiển",
  sidebarRefresh: "Làm mới",
  sidebarValidate: "Kiểm tra tab này",
  sidebarRollup: "Tổng hợp toàn thành phố",
  sidebarLoading: "Đang tải…",
  sidebarWorking: "Đang xử lý…",
  sidebarStandards: "Các tiêu chuẩn",
  sidebarFailing: "Tiêu chí không đạt",
  sidebarMissing: "Tiêu chí còn trống",
  sidebarInvalid: "Ô không hợp lệ",
  sidebarDisqualified: "Trường hợp không đảm bảo",
  sidebarNone: "Không có",
  sidebarPassedOfNeeded: (passed: number, needed: number, applicable: number) =>
    `${passed}/${applicable} đạt, cần ${needed}`,
  /** The Vietnamese reason of a failed call; the technical text goes behind sidebarDetails. */
  sidebarServerError: "Không lấy được dữ liệu từ Google Sheets. Hãy thử lại sau giây lát.",
  sidebarErrorTimeout:
    "Máy chủ chạy quá thời gian cho phép. Hãy thử lại; nếu vẫn lỗi, hãy chia nhỏ sổ hoặc báo Phòng Nội vụ.",
  sidebarErrorPermission:
    "Bạn chưa cấp quyền cho tiện ích hoặc không có quyền trên sổ này. Hãy mở lại thanh bên từ menu và cấp quyền.",
  sidebarErrorNetwork: "Mất kết nối mạng. Hãy kiểm tra mạng rồi thử lại.",
  sidebarDetails: "Chi tiết",
  sidebarRetry: "Thử lại",
  sidebarShowMore: (n: number) => `Xem thêm ${n}`,
  sidebarShowLess: "Thu gọn",
  sidebarNoProblems: "Không có tiêu chí nào không đạt, còn trống hay ô lỗi.",
  sidebarGoToCell: (cell: string) => `Chọn ô ${cell}`,
  sidebarBadPayload: "Dữ liệu trả về không đúng định dạng. Hãy tải lại trang tính rồi thử lại.",
  sidebarUpdatedAt: (time: string) => `Cập nhật lúc ${time}`,
  sidebarUnknownError: "không rõ lỗi",
  sidebarBadCell: "Địa chỉ ô không hợp lệ.",
  sidebarNoSheet: (sheet: string) => `Không còn trang “${sheet}” trong sổ.`,
  hintNotWardTab: (sheet: string) =>
    `Trang “${sheet}” không phải tab đánh giá của xã/phường. Hãy mở tab của xã/phường và đặt con trỏ vào cột của đơn vị.`,
  hintNotUnitColumn: "Hãy đặt con trỏ vào một ô trong cột của đơn vị cần xem.",
  sidebarFrameworkTitle: (name: string, year: number | undefined) => `${name}${year ? ` – năm ${year}` : ""}`,
  hintEmptyUnitColumn: "Cột này chưa chọn đơn vị. Hãy chọn đơn vị ở ô tiêu đề (dòng 3).",
  verdictWord: { pass: "Đạt", fail: "Không đạt", missing: "Thiếu dữ liệu", invalid: "Có lỗi" },
} as const;

export const NOTICE = {
  sampleRefused: () =>
    "Sổ đã có Danh mục. Chỉ nạp dữ liệu mẫu vào một sổ trống để không ghi đè dữ liệu thật.",
  setupTitle: "Khởi tạo / sửa biểu mẫu",
  setupDone: (n: number) => `Đã xong. ${n} thông báo:`,
  setupFailed: "Chưa khởi tạo được",
  protectTitle: "Phân quyền hiện tại",
  validateTitle: "Kiểm tra tab",
  validateClean: (sheet: string) => `Tab “${sheet}” không có lỗi nào.`,
  validateFound: (sheet: string, n: number) => `Tab “${sheet}” có ${n} vấn đề. Đã chọn ô đầu tiên.`,
  notWardTab: (sheet: string) => `Trang “${sheet}” không phải tab đánh giá của xã/phường.`,
  busy: "Đang tổng hợp, vui lòng thử lại sau.",
  busySetup: "Đang có lệnh khác chạy trên sổ này (tổng hợp hoặc khởi tạo), vui lòng thử lại sau.",
  criteriaBroken: "Trang Tiêu chí có lỗi; hãy sửa trước:",
  helpText: "Xem trang Hướng dẫn trong sổ. Mã nguồn và tài liệu: README của dự án.",
  unexpected: (detail: string) => `Có lỗi không mong muốn: ${detail}`,
  confirmHistoryTitle: "Ghi lại Lịch sử công nhận?",
  confirmHistory: (year: number, reasons: string[]) =>
    `${reasons.join("; ")}. Chọn “Có” để ghi lại các dòng năm ${year} của Lịch sử công nhận (các dòng cũ được giữ ở khối “LỊCH SỬ (BẢN TRƯỚC)”), “Không” để chỉ ghi trang Tổng hợp.`,
  consentMissing: (permissions: string[]) =>
    `Lệnh này cần ${permissions.length > 1 ? "các quyền" : "quyền"}: ${permissions.join("; ")}. Bạn chưa cấp, nên lệnh chưa làm gì. Hãy chạy lại lệnh và đánh dấu chọn ${permissions.length > 1 ? "các quyền đó" : "quyền đó"} trong hộp thoại cấp quyền của Google.`,
} as const;

/** What each OAuth scope of appsscript.json lets the add-in do, as the consent dialog should be read. */
export const SCOPE_PURPOSE = {
  sheet: "xem và sửa bảng tính này (chỉ bảng tính này)",
  /** The file-per-ward variant's "spreadsheets" scope (dist-multi, docs/multi-file.md). */
  sheetAll: "xem, sửa và tạo bảng tính Google Sheets (sổ này và tệp riêng của từng xã/phường)",
  ui: "hiển thị hộp thoại và thanh bên trong bảng tính",
  email: "biết địa chỉ email của bạn (để nhận ra Phòng Nội vụ khi phân quyền)",
} as const;

/** Progress toasts of the one-click roll-up in Google Sheets. */
export const TOAST = {
  rollupTitle: "Tổng hợp",
  reading: "Đang đọc các tab…",
  computing: (sheets: number) => `Đang tính kết quả ${sheets} trang…`,
  writing: "Đang ghi trang Tổng hợp…",
  rollupDone: (wards: number, wardWord: string, recognized: number) =>
    `Đã tổng hợp ${wards} ${wardWord}, ${recognized} đơn vị được công nhận.`,
} as const;

/** The Sheets side of submission and return (seed 002; the outcomes are SUBMIT_TEXT's). */
export const SUBMIT_UI = {
  menuSubmit: "Gửi thẩm định",
  menuReturn: "Trả lại xã/phường (Phòng Nội vụ)",
  menuStatus: "Cập nhật bảng theo dõi",
  menuAppraisal: "Lập trang thẩm định theo lĩnh vực",
  appraisalTitle: "Thẩm định theo lĩnh vực",
  submitTitle: "Gửi thẩm định",
  returnTitle: "Trả lại xã/phường",
  statusTitle: "Bảng theo dõi gửi hồ sơ",
  busy: "Đang có lệnh khác chạy trên sổ này, vui lòng thử lại sau.",
  toastTitle: "Gửi thẩm định",
  needEmail:
    "Lệnh này cần biết địa chỉ email của bạn (để ghi ai gửi, ai trả lại). Hãy chạy lại lệnh và cấp quyền “biết địa chỉ email của bạn”.",
  notWardEditor: (ward: string) =>
    `Chỉ người nhập liệu của ${ward} (Danh mục, cột email) hoặc Phòng Nội vụ được gửi thẩm định tab này.`,
  cityOnly: "Chỉ Phòng Nội vụ (email ở ô B2 trang Danh mục) được dùng lệnh này.",
  refusedLead: "Chưa gửi được. Đã chọn ô đầu tiên cần sửa:",
  sentLead: "Đã gửi thẩm định:",
  returnedLead: "Đã trả lại:",
  failedLead: "Chưa làm được:",
  /** A ward editor's own edit right cannot be removed by a script they run (Google keeps the runner). */
  selfStillEditor:
    "Các người nhập liệu khác của xã/phường đã bị khoá. Google không cho lệnh tự bỏ quyền của chính người chạy: ô nhập liệu khoá hẳn với bạn khi Phòng Nội vụ chạy “Cập nhật bảng theo dõi” (hoặc “Áp dụng phân quyền”). Mọi ô sửa sau khi gửi đều được liệt kê khi tổng hợp.",
  lockSkipped: (what: string) =>
    `Không đổi được phân quyền của ${what} (vùng bảo vệ do người khác tạo); hãy nhờ Phòng Nội vụ chạy “Áp dụng phân quyền”.`,
  lockedLine: (ward: string) => `Ô nhập liệu của ${ward}: chỉ Phòng Nội vụ sửa được (đã gửi thẩm định).`,
  unlockedLine: (ward: string) => `Ô nhập liệu của ${ward}: người nhập liệu của xã/phường sửa lại được.`,
  askWard: "Trả lại xã/phường nào? Ghi mã, tên hoặc tên tab (Danh mục):",
  askReason: (ward: string) => `Lý do trả lại ${ward} (bắt buộc; hiện trên trang Theo dõi):`,
  cancelled: "Đã huỷ, không thay đổi gì.",
  /** The sidebar, on a ward tab that has a record. */
  sidebarSent: (at: string, by: string) =>
    `Đã gửi thẩm định lúc ${at}${by ? ` (${by})` : ""}: ô nhập liệu chỉ Phòng Nội vụ sửa được.`,
  sidebarReturned: (at: string, reason: string) => `Đã trả lại lúc ${at}: ${reason}. Sửa rồi gửi lại.`,
  locksApplied: (n: number) => `Đã kiểm tra khoá ô nhập liệu của ${n} xã/phường đã gửi hoặc đã trả lại.`,
} as const;
