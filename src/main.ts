/**
 * The Apps Script entry: every exported function here becomes a top-level global in dist/Code.js
 * (build.mjs copies each JSDoc and parameter list onto the global). Keep the bodies one line.
 */
import { tdpGaps, tdpStandard, tdpVerdict } from "./core/sheetFunctions";

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
  return tdpVerdict(results, disqualifiers, codes, criteria);
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
  return tdpStandard(results, standard, codes, criteria);
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
  return tdpGaps(results, disqualifiers, codes, criteria);
}
