/** Display text written into sheets but never read back: Hướng dẫn, the set-up report, Tổng hợp. */

import { HEAD } from "../vocabulary";
import { capitalize, q } from "./format";

/** Titles, notes and help texts written into the sheets and never read back. */
export const SHEET_TEXT = {
  criteriaTitle: (name: string) => `KHUNG TIÊU CHÍ ĐÁNH GIÁ: ${name.toUpperCase()}`,
  criteriaNote:
    "Phòng Nội vụ sửa khung tại đây (thêm dòng Tiêu chí, đổi Ngưỡng…). Mọi công thức TDP_* trong sổ đọc bảng này nên tự tính lại.",
  rosterTitle: (wardWord: string, unitWord: string) =>
    `DANH MỤC ${wardWord.toUpperCase()} VÀ ${unitWord.toUpperCase()}`,
  /** Label of cell A2 of Danh mục; the reader reads the addresses in B2. */
  cityEditors: "Email Phòng Nội vụ (sửa được mọi trang):",
  planTitle: "KẾ HOẠCH ĐĂNG KÝ VÀ CHỈ TIÊU",
  planNote:
    "Bên trái: đơn vị đăng ký phấn đấu năm nào. Bên phải: chỉ tiêu lũy kế số đơn vị được công nhận đến hết mỗi năm, và cả giai đoạn.",
  historyTitle: "LỊCH SỬ CÔNG NHẬN",
  historyNote:
    "Mỗi dòng là một lần được công nhận. Tổng hợp năm nào thì ghi lại các dòng của năm đó; các năm trước có thể nhập tay.",
  /** Starts with the marker the history reader stops at. */
  historyBackupTitle: (year: number) =>
    `${HEAD.historyBackupMarker} – các dòng năm ${year} trước khi tổng hợp lại; giữ để đối chiếu, tổng hợp không đọc khối này`,
  wardTitle: (fwName: string, year: number | undefined) =>
    `BIỂU ĐÁNH GIÁ ${fwName.toUpperCase()}${year ? ` – NĂM ${year}` : ""}`,
  appraisalHelp: "Phòng Nội vụ ghi kết quả thẩm định: Không đạt để không công nhận dù tự đánh giá đạt.",
  unitHelp: (unitWord: string) => `Chọn ${unitWord} từ Danh mục`,
  summaryTitle: "TỔNG HỢP KẾT QUẢ",
  summaryPending:
    "Chưa tổng hợp. Dùng menu Tổ dân phố tự quản → Tổng hợp toàn thành phố (tệp .xlsx: tdp rollup SỔ.xlsx --write).",
  /** A table's header typed over (the reader names the cell and what it holds). */
  headerMissing: (label: string) =>
    `ô này phải là tiêu đề cột “${label}” (không thấy cột này ở dòng tiêu đề); bảng này chưa đọc được`,
} as const;

/** The Hướng dẫn sheet, in the framework's own words and rule. */
export function guideLines(
  words: { ward: string; unit: string },
  allMustPass: boolean,
  hasDisqualifiers: boolean,
): string[] {
  return [
    "HƯỚNG DẪN NHẬP LIỆU",
    "",
    `1. Mỗi ${words.ward} nhập ở tab mang tên mình. Mỗi cột là một đơn vị (${words.unit}); chọn đơn vị ở ô tiêu đề (dòng 3).`,
    "2. Ở mỗi tiêu chí chọn Đạt / Không đạt / Không áp dụng trong danh sách thả xuống.",
    hasDisqualifiers
      ? "3. Ở các trường hợp không đảm bảo chọn Có hoặc Không (để trống là Không)."
      : "3. Để trống ô nào thì kết quả ghi Thiếu dữ liệu nếu ô đó quyết định kết quả.",
    allMustPass
      ? "4. Các dòng Kết quả ở cuối tab tự tính: đơn vị đạt khi tất cả tiêu chí đều đạt."
      : `4. Các dòng Kết quả ở cuối tab tự tính: đạt khi mỗi tiêu chuẩn có đủ tỷ lệ tiêu chí đạt theo cột Ngưỡng (%) của trang Tiêu chí${hasDisqualifiers ? " và không thuộc trường hợp không đảm bảo nào" : ""}.`,
    "5. Ghi minh chứng ở cột Ghi chú / minh chứng. Không sửa cột Mã và các dòng kết quả (đã khoá).",
    "6. Menu Tổ dân phố tự quản → Kiểm tra tab này: liệt kê ô trống, ô sai, đơn vị trùng… kèm địa chỉ ô.",
    "7. Phòng Nội vụ: sửa Tiêu chí, Danh mục, Kế hoạch; ghi dòng Thành phố thẩm định; bấm Tổng hợp toàn thành phố để lập trang Tổng hợp.",
    "8. Trang Tổng hợp: đầu trang là các đoạn văn báo cáo (mỗi ô một đoạn: chọn ô, sao chép, dán vào báo cáo), sau đó là các bảng và biểu đồ; in bằng Tệp → In, khổ A4 dọc.",
  ];
}

/** Lines of the set-up report (“Khởi tạo / sửa biểu mẫu”), and why a ward tab is left untouched. */
export const REPORT_LINE = {
  criteriaBroken: "Trang Tiêu chí có lỗi; chưa sửa gì. Hãy sửa các ô được nêu rồi chạy lại.",
  frameworkKept: (name: string) =>
    `Sổ đã có khung ${q(name)}; giữ nguyên (xoá trang Tiêu chí nếu muốn đổi khung).`,
  frameworkUnknown: (id: string | undefined) => `Không có khung tiêu chí ${q(id)}.`,
  criteriaCreated: (sheet: string, name: string, year: number) =>
    `Đã tạo trang ${sheet} (${name}, năm ${year}).`,
  rosterCreated: (sheet: string, wardWord: string, unitWord: string) =>
    `Đã tạo trang ${sheet}: hãy nhập ${wardWord} và ${unitWord}.`,
  rosterEmpty: (sheet: string, wardWord: string) =>
    `${sheet} chưa có ${wardWord} nào; chưa tạo tab đánh giá.`,
  tabBlocked: (tab: string, ward: string, why: string) =>
    `Tab ${q(tab)} của ${ward}: ${why}. Không sửa tab này để khỏi mất dữ liệu; hãy đưa về đúng mẫu rồi chạy lại.`,
  tabCreated: (tab: string, n: number, unitWord: string) => `Đã tạo tab ${q(tab)} với ${n} ${unitWord}.`,
  tabRenamed: (ward: string, sheet: string, tab: string) =>
    `Tab của ${ward} đang mang tên ${q(sheet)} (Danh mục ghi ${q(tab)}); giữ tên hiện tại.`,
  tabUpdated: (sheet: string) => `Đã cập nhật tab ${q(sheet)}.`,
  tabShared: (ward: string, tab: string) =>
    `${ward}: Danh mục ghi tên tab ${q(tab)} trùng với một xã/phường khác; chưa tạo tab. Hãy đặt tên tab khác ở Danh mục rồi chạy lại (tab có mã của ${ward} ở ô B2 vẫn được tổng hợp).`,
  tabUnclaimed: (sheet: string, roster: string) =>
    `Tab ${q(sheet)} giống tab đánh giá nhưng không có trong ${roster}; giữ nguyên, không tổng hợp.`,
  columnUnitUnknown: (sheet: string, header: string, roster: string) =>
    `Tab ${q(sheet)}, cột ${header}: đơn vị không có trong ${roster}; giữ nguyên cột, cần kiểm tra.`,
  columnAdded: (sheet: string, header: string) => `Tab ${q(sheet)}: thêm cột ${header}.`,
  contentBeyondNotes: (sheet: string) =>
    `Tab ${q(sheet)}: có nội dung ở bên phải cột Ghi chú; các ô đó giữ nguyên chỗ, không dời theo dòng.`,
  protections: (n: number) => `Phân quyền: ${n} vùng được bảo vệ.`,
  setupPartial: (done: number, total: number) => `Đã khởi tạo ${done}/${total} tab, chạy lại để tiếp tục.`,
  protectionPartial: (done: number, total: number) =>
    `Đã áp dụng phân quyền cho ${done}/${total} trang, chạy lại để tiếp tục.`,
  protectionSkipped: (what: string) =>
    `Không sửa được vùng bảo vệ ${what}: bạn không có quyền sửa vùng này (nhờ chủ sở hữu tệp chạy lại).`,
  emailRefused:
    "Bạn chưa cấp quyền biết địa chỉ email: không ghi được email của bạn vào Danh mục; bạn vẫn luôn sửa được mọi vùng được bảo vệ.",
  localeSet: (from: string) =>
    `Đã đặt ngôn ngữ và định dạng của bảng tính là Tiếng Việt (vi_VN; trước là ${q(from)}), để số thập phân dùng dấu phẩy và ngày ghi ngày/tháng/năm.`,
  timeZoneSet: (from: string) =>
    `Đã đặt múi giờ của bảng tính là giờ Việt Nam (Asia/Ho_Chi_Minh; trước là ${q(from)}).`,
  // --- why a ward tab is not repaired
  layoutUnreadable: "không đọc được bố cục (không thấy dòng “Mã | Nội dung tiêu chí”)",
  headerMoved: (row: number, expected: number) =>
    `dòng tiêu đề đang ở dòng ${row}, mẫu là dòng ${expected} (có dòng chèn thêm phía trên?)`,
} as const;

/** The report's title and target labels, and the Tổng hợp sheet (headers, chart, button). */
export const SUMMARY = {
  title: (fwName: string, year: number) => `${SHEET_TEXT.summaryTitle} ${fwName.toUpperCase()} NĂM ${year}`,
  yearTarget: (year: number) => `Chỉ tiêu năm ${year} (lũy kế)`,
  periodTarget: (from: number, to: number) => `Chỉ tiêu giai đoạn ${from}–${to}`,
  /** "Bản Nậm Loỏng 1" is written "bản Nậm Loỏng 1" inside a list of units. */
  banLower: "bản",
  headline: (
    recognized: number,
    unitWord: string,
    maintained: number,
    fresh: number,
    evaluated: number,
    problems: number,
  ) =>
    `${recognized} ${unitWord} được công nhận (duy trì ${maintained}, công nhận mới ${fresh}); ${evaluated} đã đánh giá; ${problems} vấn đề cần xử lý.`,
  noData: (units: number, unitWord: string, wards: string[]) =>
    `${units} ${unitWord} chưa có dữ liệu vì thiếu hoặc không đọc được tab: ${wards.join(", ")} (không tính là không còn đạt).`,
  historyHeld: (reasons: string[]) =>
    `Lịch sử công nhận CHƯA được cập nhật: ${reasons.join("; ")}. Chạy lại và chọn “Có” (hoặc tdp --force) nếu đúng.`,
  holdTabYear: (sheets: string[]) => `tiêu đề tab ${sheets.map(q).join(", ")} ghi năm khác năm đánh giá`,
  holdClosedYear: (year: number, newest: number) => `năm ${year} đã khép lại (Lịch sử đã có năm ${newest})`,
  historyChanged: (year: number, added: string[], removed: string[]) =>
    `Lịch sử công nhận năm ${year} đã được ghi lại: thêm ${added.length ? added.join(", ") : "không"}; bớt ${removed.length ? removed.join(", ") : "không"}. Các dòng cũ của năm ${year} được giữ ở khối “LỊCH SỬ (BẢN TRƯỚC)” cuối trang Lịch sử công nhận.`,
  tabMissing: "chưa có tab",
  tabUnreadable: "không đọc được tab",
  paragraphs: "Đoạn văn báo cáo (mỗi ô một đoạn: chọn ô, sao chép, dán vào báo cáo)",
  counted: (evaluated: number, problems: number) =>
    `Số liệu tính từ ${evaluated} đơn vị đã đánh giá; ${problems} vấn đề cần xử lý (mục 5).`,
  byWard: (wardWord: string) => `1. Kết quả theo ${wardWord}`,
  wardLegend: (unitWord: string, wardWord: string, year: number) =>
    `Ghi chú: Số đơn vị – số ${unitWord} có trong Danh mục năm ${year}; Đăng ký – số đã đăng ký phấn đấu đạt đến năm ${year} (Kế hoạch); Đã đánh giá – số cột đơn vị đã nhập ít nhất một ô; Tự đánh giá đạt – ${wardWord} tự đánh giá đạt, đề nghị công nhận; Được công nhận – sau thẩm định; Duy trì – đã được công nhận năm trước; Không còn đạt – đạt năm ${year - 1}, năm nay không đạt; Đủ dữ liệu – số ${unitWord} phải đánh giá đã nhập đủ mọi tiêu chí / số ${unitWord} phải đánh giá.`,
  wardHeaders: (wardWord: string, year: number) => [
    "STT",
    capitalize(wardWord),
    "Số đơn vị",
    `Đăng ký năm ${year}`,
    "Đã đánh giá",
    "Tự đánh giá đạt",
    "Được công nhận",
    "Duy trì",
    "Công nhận mới",
    "Không còn đạt",
    "Đủ dữ liệu",
  ],
  pilot: (ward: string) => `${ward} (điểm chỉ đạo)`,
  total: "Tổng số",
  recognizedList: (unitWord: string, year: number) => `3. Danh sách ${unitWord} được công nhận năm ${year}`,
  recognizedHeaders: (wardWord: string) => ["STT", capitalize(wardWord), "Đơn vị (mã – tên)", "Kết quả"],
  /** "TP-TDP05 – Tổ dân phố số 5" */
  unitLabel: (code: string, name: string) => `${code} – ${name}`,
  status: { maintained: "Duy trì", new: "Công nhận mới" },
  /** The annex of the recognition decision (Phụ lục kèm theo Quyết định), as such annexes are laid out. */
  annexTitle: "DANH SÁCH",
  annexSubtitle: (unitWord: string, titleWord: string, year: number) =>
    `${unitWord.charAt(0).toUpperCase()}${unitWord.slice(1)} đạt các tiêu chuẩn, tiêu chí ${titleWord} năm ${year}`,
  annexDecision: (placeWord: string) =>
    `(Kèm theo Quyết định số        /QĐ-UBND ngày      tháng      năm        của Ủy ban nhân dân ${placeWord})`,
  annexHeaders: (unitWord: string, wardWord: string) => [
    "STT",
    `Tên ${unitWord}`,
    `Thuộc ${wardWord}`,
    "Hình thức",
    "Ghi chú",
  ],
  annexNone: "(không có đơn vị nào được công nhận)",
  noneYet: "(chưa có)",
  lostSince: (year: number) => `Không còn đạt so với năm ${year}:`,
  lost: "Không còn đạt",
  years: "2. Kết quả qua các năm so với chỉ tiêu Kế hoạch",
  yearHeaders: ["Năm", "Duy trì", "Công nhận mới", "Tổng số được công nhận", "Chỉ tiêu (lũy kế)", "Tỷ lệ"],
  charts: "Biểu đồ",
  noTargets: "(Kế hoạch chưa có chỉ tiêu cho năm này)",
  criteria: "4. Tiêu chí chưa đạt",
  criteriaHeaders: ["Mã", "Tiêu chí", "Số đơn vị không đạt", "Đơn vị không đạt"],
  standardHeaders: ["Mã", "Tiêu chuẩn", "Số đơn vị không đạt", "Đơn vị không đạt tiêu chuẩn"],
  problems: "5. Các vấn đề cần xử lý",
  problemHeaders: ["STT", "Trang", "Ô", "Giá trị", "Nội dung"],
  nothing: "(không có)",
  chartTitle: "Đơn vị được công nhận: duy trì / công nhận mới",
  buttonAltText: "Tổng hợp toàn thành phố",
} as const;
