/**
 * Display text: the help texts of the data validation on the city's sheets (Tiêu chí, Danh mục, Kế
 * hoạch, Lịch sử công nhận). Shown when a cell is selected; Excel cuts a prompt at 255 characters.
 * Where the framework reader would report a value, its own message is quoted (msg), not reworded.
 */
import { CRITERIA_TABLE, KIND_WORDS } from "../vocabulary";
import { q } from "./format";
import { msg, PROBLEM } from "./problems";

const R = CRITERIA_TABLE.rowKind;

export const VALIDATION = {
  kind: `Chọn loại dòng trong danh sách (${R.standard}, ${R.criterion}, ${R.disqualifier}, …).`,
  standardOf: (example: string) =>
    `Mã một tiêu chuẩn đã có trên trang (dòng ${q(R.standard)}), ví dụ ${example}. Gõ dòng tiêu chuẩn trước. Sai: ${msg.fwUnknownStandard("…", "…")}.`,
  threshold: `Số nguyên từ 1 đến 100 (%), chỉ ở dòng ${q(R.standard)}; sai: ${msg.fwThresholdRange()}.`,
  /** Comma lists are allowed, so the dropdown only warns on a list in another order. */
  unitTypes: `Để trống = mọi loại. Chọn trong danh sách, hoặc gõ nhiều loại cách nhau bằng dấu phẩy (${Object.values(KIND_WORDS.unitType).join(", ")}); thứ tự khác chỉ được cảnh báo.`,
  wardKinds: `Để trống = mọi địa bàn. Chọn ${Object.values(KIND_WORDS.wardKind).join(" hoặc ")}, hoặc cả hai cách nhau bằng dấu phẩy; thứ tự khác chỉ được cảnh báo.`,
  rule: `Chọn một trong hai quy tắc đánh giá.`,
  year: (from: number, to: number) => `Năm đánh giá: một năm từ ${from} đến ${to}, ví dụ 2025.`,
  deadline: "Hạn gửi hồ sơ: một ngày dd/mm/yyyy, ví dụ 22/11/2025; gửi đúng ngày này là quá hạn.",
  duplicateCode: `Mỗi mã chỉ dùng một lần trong cùng loại dòng; ô bị tô đỏ khi ${msg.fwDuplicateCode("…", "…")}.`,
  wardKind: `Chọn ${Object.values(KIND_WORDS.wardKind).join(" hoặc ")}.`,
  unitType: `Chọn loại đơn vị: ${Object.values(KIND_WORDS.unitType).join(", ")}.`,
  unitWard: (word: string) => `Chọn mã ${word} có ở cột A (bảng bên trái) trước khi nhập đơn vị.`,
  years: (from: number, to: number) => `Năm (số) từ ${from} đến ${to}.`,
  emails: `Email, nhiều địa chỉ cách nhau bằng dấu phẩy (ví dụ a@gmail.com, b@gmail.com). Sai dạng chỉ được cảnh báo (${PROBLEM.emailInvalid}).`,
  unitCode: `Mã đơn vị không được trùng; ô bị tô đỏ khi ${PROBLEM.unitCodeDuplicate("…")}.`,
  rosterUnit:
    "Mã đơn vị có trong Danh mục (cột Mã đơn vị). Mã chưa có chỉ được cảnh báo, để nhập được trước khi Danh mục xong.",
  planYear: (from: number, to: number) => `Năm đăng ký: một năm của giai đoạn, từ ${from} đến ${to}.`,
  targetLabel: (from: number, to: number, period: string) =>
    `Một năm từ ${from} đến ${to}, hoặc dòng ${q(period)} cho chỉ tiêu cả giai đoạn.`,
  target: "Chỉ tiêu lũy kế: số nguyên từ 0 trở lên (số đơn vị được công nhận).",
  historyYear: (from: number, to: number) =>
    `Năm công nhận: từ ${from} đến ${to} (không sau Năm đánh giá ở trang Tiêu chí; chạy lại Khởi tạo / sửa biểu mẫu khi đổi năm).`,
} as const;
