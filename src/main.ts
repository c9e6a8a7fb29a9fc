/**
 * The Apps Script entry: every exported function here becomes a top-level global in dist/Code.js
 * (build.mjs copies each JSDoc and parameter list onto the global). Keep the bodies one line.
 * Apps Script calls a menu item by a global's name, so every command of src/gas/commands.ts (the set-up
 * and sample items come from the framework registry) has its own export here, which runs it by that name.
 */
import { tdpDuDieuKienNienHan, tdpNienHan } from "./core/awards/functions";
import { fitCells } from "./core/cellLimit";
import type { ActionResult, Selection, SidebarState } from "./core/rpc";
import { tdpGaps, tdpStandard, tdpVerdict } from "./core/sheetFunctions";
import { sidebarCalls } from "./gas/actions";
import { runCommand } from "./gas/commands";
import { activeSelection, selectCell } from "./gas/inspect";
import { buildMenu } from "./gas/ui";

/**
 * Kết quả đánh giá của tổ dân phố, bản: "Đạt", "Không đạt" hoặc "Thiếu dữ liệu".
 * Chọn cả vùng nhiều cột (mỗi cột một đơn vị) để có cả hàng kết quả bằng một công thức.
 *
 * @param {Range} results Các ô kết quả tiêu chí của đơn vị theo thứ tự khung (1.1 … 6.4), một cột hoặc một hàng; hoặc nhiều cột, mỗi cột một đơn vị.
 * @param {Range} disqualifiers (Không bắt buộc) Các ô trường hợp không đảm bảo II.1–II.4 (Có/Không; để trống là Không).
 * @param {Range} codes (Không bắt buộc) Cột mã tiêu chí đặt cạnh vùng kết quả, để bỏ qua các dòng tiêu đề tiêu chuẩn.
 * @param {Range} criteria (Không bắt buộc) Vùng bảng tiêu chí (trang "Tiêu chí") hoặc mã khung, ví dụ "quynhvinh-6k3c".
 * @return Đạt / Không đạt / Thiếu dữ liệu, hoặc "Lỗi: …" nêu tiêu chí và giá trị sai.
 * @customfunction
 */
export function TDP_VERDICT(results: unknown, disqualifiers?: unknown, codes?: unknown, criteria?: unknown) {
  return fitCells(tdpVerdict(results, disqualifiers, codes, criteria));
}

/**
 * Kết quả một tiêu chuẩn, ví dụ "6/7 (85,7%) – đạt". Để trống tiêu chuẩn để có mọi tiêu chuẩn (mỗi dòng một tiêu chuẩn).
 *
 * @param {Range} results Các ô kết quả tiêu chí của đơn vị (như TDP_VERDICT).
 * @param {string} standard Mã tiêu chuẩn, ví dụ 2 hoặc "TC2"; để trống là tất cả.
 * @param {Range} codes (Không bắt buộc) Cột mã tiêu chí đặt cạnh vùng kết quả.
 * @param {Range} criteria (Không bắt buộc) Vùng bảng tiêu chí hoặc mã khung.
 * @return Số tiêu chí đạt / số tiêu chí xét (tỷ lệ) – đạt / không đạt / thiếu dữ liệu.
 * @customfunction
 */
export function TDP_STANDARD(results: unknown, standard?: unknown, codes?: unknown, criteria?: unknown) {
  return fitCells(tdpStandard(results, standard, codes, criteria));
}

/**
 * Những điều còn thiếu để đơn vị được công nhận, ví dụ "TC1: cần thêm 1 tiêu chí (1.3 không đạt); có trường hợp II.2". Trống khi đã đạt.
 *
 * @param {Range} results Các ô kết quả tiêu chí của đơn vị (như TDP_VERDICT).
 * @param {Range} disqualifiers (Không bắt buộc) Các ô trường hợp không đảm bảo II.1–II.4.
 * @param {Range} codes (Không bắt buộc) Cột mã tiêu chí đặt cạnh vùng kết quả.
 * @param {Range} criteria (Không bắt buộc) Vùng bảng tiêu chí hoặc mã khung.
 * @return Mô tả bằng tiếng Việt; trống nếu đạt.
 * @customfunction
 */
export function TDP_GAPS(results: unknown, disqualifiers?: unknown, codes?: unknown, criteria?: unknown) {
  return fitCells(tdpGaps(results, disqualifiers, codes, criteria));
}

/**
 * Thêm menu "Tổ dân phố tự quản" khi mở bảng tính (chỉ dựng menu, chạy được cả khi quyền hạn chế).
 * @param {Object} _e Sự kiện mở.
 */
export function onOpen(_e?: unknown) {
  buildMenu();
}

/**
 * Khi cài tiện ích: dựng menu như lúc mở bảng tính.
 * @param {Object} e Sự kiện cài đặt.
 */
export function onInstall(e?: unknown) {
  onOpen(e);
}

/** Menu: mở bảng điều khiển (thanh bên). */
export function menuOpenSidebar() {
  runCommand("menuOpenSidebar");
}

/** Menu: kiểm tra tab đang mở, liệt kê mọi vấn đề kèm địa chỉ ô. */
export function menuValidateTab() {
  runCommand("menuValidateTab");
}

/** Menu: khởi tạo / sửa biểu mẫu với khung Lai Châu 2021. */
export function menuSetupLaiChau() {
  runCommand("menuSetupLaiChau");
}

/** Menu: khởi tạo / sửa biểu mẫu với khung Quỳnh Vinh (6 không, 3 có). */
export function menuSetupQuynhVinh() {
  runCommand("menuSetupQuynhVinh");
}

/** Menu: nạp dữ liệu mẫu Lai Châu vào sổ trống (tập huấn). */
export function menuLoadSample() {
  runCommand("menuLoadSample");
}

/** Menu: nạp dữ liệu mẫu xã Quỳnh Vinh (tổ tự quản, 22 thôn) vào sổ trống (tập huấn). */
export function menuLoadSampleQuynhVinh() {
  runCommand("menuLoadSampleQuynhVinh");
}

/** Menu: áp dụng phân quyền và báo ai được sửa gì. */
export function menuApplyProtection() {
  runCommand("menuApplyProtection");
}

/** Menu: gửi thẩm định tab xã/phường đang mở (khoá ô nhập liệu với xã/phường). */
export function menuSubmitTab() {
  runCommand("menuSubmitTab");
}

/** Menu (Phòng Nội vụ): trả lại tab xã/phường kèm lý do (mở khoá ô nhập liệu). */
export function menuReturnTab() {
  runCommand("menuReturnTab");
}

/** Menu (Phòng Nội vụ): cập nhật trang Theo dõi và khoá các tab đã gửi. */
export function menuSubmissionStatus() {
  runCommand("menuSubmissionStatus");
}

/** Menu (Phòng Nội vụ): lập trang Kết quả thẩm định; mỗi cơ quan chỉ sửa các cột của mình. */
export function menuAppraisalSheets() {
  runCommand("menuAppraisalSheets");
}

/** Menu: tổng hợp mọi tab xã/phường vào trang Tổng hợp. */
export function menuRollup() {
  runCommand("menuRollup");
}

/** Nút "Tổng hợp toàn thành phố" trên trang Tổng hợp (ảnh được gán tập lệnh này). */
export function rollupButton() {
  runCommand("rollupButton");
}

/** Menu: mở trang Hướng dẫn. */
export function menuHelp() {
  runCommand("menuHelp");
}

/**
 * Thanh bên: trạng thái của đơn vị tại con trỏ.
 * @return {Object} SidebarState (xem src/core/rpc.ts).
 */
export function sidebarGetState(): SidebarState {
  return sidebarCalls.state();
}

/**
 * Thanh bên: kiểm tra tab đang mở.
 * @return {Object} ActionResult.
 */
export function sidebarValidateTab(): ActionResult {
  return sidebarCalls.validate();
}

/**
 * Thanh bên: trang và vùng đang chọn (thanh bên hỏi vài giây một lần khi đang mở).
 * @return {Object} Selection: { sheet, range } (xem src/core/rpc.ts).
 */
export function sidebarGetSelection(): Selection {
  return activeSelection();
}

/**
 * Thanh bên: chọn một ô (liên kết địa chỉ ô).
 * @param {string} sheet Tên trang.
 * @param {string} cell Địa chỉ ô, ví dụ "E7".
 * @return {Object} ActionResult.
 */
export function sidebarSelectCell(sheet: unknown, cell: unknown): ActionResult {
  return selectCell(sheet, cell);
}

/**
 * Thanh bên: gửi thẩm định tab đang mở.
 * @return {Object} ActionResult.
 */
export function sidebarSubmitTab(): ActionResult {
  return sidebarCalls.submit();
}

/**
 * Thanh bên: tổng hợp toàn thành phố.
 * @return {Object} ActionResult.
 */
export function sidebarRollup(): ActionResult {
  return sidebarCalls.rollup();
}

/**
 * Thời gian giữ chức vụ tổ trưởng tổ dân phố / trưởng thôn, cộng dồn (khen thưởng niên hạn, Đà Nẵng), ví dụ "12 năm 3 tháng".
 * Mỗi dòng là một người, mỗi cột là một lần giữ chức vụ; chọn nhiều dòng để có một kết quả cho mỗi dòng.
 * Các đoạn chồng nhau chỉ tính một lần, các đoạn ngắt quãng được cộng dồn; tính cả ngày đầu và ngày cuối.
 * Ngày ghi dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, mm/yyyy hoặc năm (2010); "Đến ngày" để trống hoặc "nay" là đang giữ chức vụ.
 * Lưu ý: hàm tự tính chỉ tính lại khi đối số thay đổi; để kết quả ổn định hãy truyền ô ngày tính as_of.
 *
 * @param {Range} from_dates Các ô "Từ ngày" (dòng = người, cột = lần giữ chức vụ); hoặc cả vùng các cặp Từ ngày / Đến ngày liền nhau khi bỏ trống to_dates, ví dụ F7:K7.
 * @param {Range} to_dates Các ô "Đến ngày", cùng cỡ với from_dates; để "" khi from_dates đã gồm các cặp.
 * @param {Range} as_of (Không bắt buộc) Ô ngày tính, phải là ngày gõ sẵn (ví dụ 31/12/2024), không phải công thức NOW() hay TODAY(): hàm tự tính không được đọc ô chứa các hàm đó. Để trống là hôm nay (giờ Việt Nam).
 * @return Ví dụ "12 năm 3 tháng"; "" với dòng trống; "Lỗi: …" nêu ô (cột trong vùng) và giá trị không đọc được.
 * @customfunction
 */
export function TDP_NIEN_HAN(from_dates: unknown, to_dates?: unknown, as_of?: unknown) {
  return fitCells(tdpNienHan(from_dates, to_dates, as_of));
}

/**
 * Xét khen thưởng niên hạn (Kế hoạch 71/KH-UBND Đà Nẵng, mục II.6.a): đủ từ 10 năm giữ chức vụ (cộng dồn), không bị bãi nhiệm, không đang bị kỷ luật hoặc đang xem xét xử lý kỷ luật, không vi phạm pháp luật, chưa được tặng Bằng khen niên hạn (mỗi người 01 lần).
 * Mỗi dòng là một người; chọn nhiều dòng để có một kết quả cho mỗi dòng.
 * Lưu ý: hàm tự tính chỉ tính lại khi đối số thay đổi; để kết quả ổn định hãy truyền ô ngày tính as_of.
 *
 * @param {Range} from_dates Các ô "Từ ngày"; hoặc cả vùng các cặp Từ ngày / Đến ngày khi bỏ trống to_dates (như TDP_NIEN_HAN).
 * @param {Range} to_dates Các ô "Đến ngày", cùng cỡ với from_dates; hoặc "".
 * @param {Range} dismissed Cột "Bị bãi nhiệm" (Có/Không; để trống là Không), mỗi người một ô.
 * @param {Range} discipline Cột "Đang bị kỷ luật hoặc đang xem xét xử lý kỷ luật" (Có/Không).
 * @param {Range} violation Cột "Vi phạm pháp luật" (Có/Không).
 * @param {Range} awarded Cột "Đã được tặng Bằng khen niên hạn" (Có/Không).
 * @param {Range} as_of (Không bắt buộc) Ô ngày tính, phải là ngày gõ sẵn (ví dụ 31/12/2024), không phải công thức NOW() hay TODAY(): hàm tự tính không được đọc ô chứa các hàm đó. Để trống là hôm nay (giờ Việt Nam).
 * @return "Đủ điều kiện" hoặc "Chưa đủ: …" với mọi lý do (ví dụ "Chưa đủ: 9 năm 7 tháng, cần 10 năm"); "Lỗi: …" nêu ô và giá trị sai.
 * @customfunction
 */
export function TDP_DU_DIEU_KIEN_NIEN_HAN(
  from_dates: unknown,
  to_dates: unknown,
  dismissed: unknown,
  discipline: unknown,
  violation: unknown,
  awarded: unknown,
  as_of?: unknown,
) {
  return fitCells(
    tdpDuDieuKienNienHan(from_dates, to_dates, dismissed, discipline, violation, awarded, as_of),
  );
}

/** Menu: tạo trang Khen thưởng niên hạn (nếu chưa có). */
export function menuAwardTenureSheet() {
  runCommand("menuAwardTenureSheet");
}

/** Menu: lập danh sách Phụ lục I (Tặng Bằng khen / Truy tặng) từ trang Khen thưởng niên hạn. */
export function menuAwardTenureList() {
  runCommand("menuAwardTenureList");
}

/** Menu: tạo trang Đề nghị khen thưởng tổng kết (nếu chưa có). */
export function menuAwardNominationSheet() {
  runCommand("menuAwardNominationSheet");
}

/** Menu: kiểm tra chỉ tiêu khen thưởng tổng kết (Phụ lục II) theo từng cấp. */
export function menuAwardQuota() {
  runCommand("menuAwardQuota");
}
