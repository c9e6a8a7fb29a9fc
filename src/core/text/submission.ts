/** Display text of submission, return and the status board (CLI, dialogs, the board sheet). */
import { q } from "./format";

export const SUBMIT_TEXT = {
  boardTitle: (year: number) => `THEO DÕI GỬI HỒ SƠ TỰ ĐÁNH GIÁ NĂM ${year}`,
  deadline: (label: string) => `Hạn gửi hồ sơ: trước ngày ${label}`,
  noDeadline: "Hạn gửi hồ sơ: chưa đặt (ghi ngày ở trang Tiêu chí, dòng “Hạn gửi hồ sơ (trước ngày)”).",
  counts: (sent: number, late: number, notSent: number, returned: number, appraised: number) =>
    `Đã gửi ${sent} · quá hạn ${late} · chưa gửi ${notSent} · đã trả lại ${returned} · đã thẩm định ${appraised}`,
  headers: [
    "STT",
    "Mã",
    "Xã/phường",
    "Trạng thái",
    "Gửi lúc",
    "Người gửi",
    "Trả lại lúc",
    "Lý do trả lại",
    "Ô sửa sau khi gửi",
  ],
  // --- outcomes
  submitted: (ward: string, units: number, at: string) =>
    `Đã gửi thẩm định ${ward} (${units} đơn vị) lúc ${at}.`,
  submittedLate: (label: string) => `Lưu ý: gửi sau hạn (trước ngày ${label}).`,
  alreadySent: (ward: string, at: string) =>
    `${ward} đã gửi lúc ${at} và chưa bị trả lại: không gửi lại (Phòng Nội vụ trả lại thì mới sửa và gửi lại được).`,
  refusedProblems: (ward: string, n: number) =>
    `Chưa gửi được ${ward}: còn ${n} ô trống hoặc sai ở các đơn vị đề nghị:`,
  noUnits: (ward: string) => `Chưa gửi được ${ward}: tab chưa có đơn vị nào được đánh giá.`,
  wardUnknown: (what: string) => `Không có xã/phường ${q(what)} trong Danh mục.`,
  tabMissing: (ward: string) => `${ward} chưa có tab đánh giá.`,
  returned: (ward: string, reason: string) => `Đã trả lại ${ward}: ${reason}`,
  notSent: (ward: string) => `${ward} chưa gửi: không có gì để trả lại.`,
  alreadyReturned: (ward: string) => `${ward} đã được trả lại trước đó; chờ xã/phường gửi lại.`,
  needReason: "Cần ghi lý do trả lại.",
  collectedNotSent: (ward: string, cells: number) =>
    `${ward}: đã thu giá trị nhưng chưa ghi nhận là đã gửi hồ sơ (còn ${cells} ô trống hoặc sai ở các đơn vị đề nghị, xem các vấn đề khi tổng hợp).`,
  changedSince: (before: string, at: string) =>
    `ô đã sửa sau khi gửi thẩm định lúc ${at} (lúc gửi: ${before === "" ? "trống" : q(before)})`,
} as const;
