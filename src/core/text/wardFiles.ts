/** Display text of the file-per-ward commands (split and collect), in the CLI and in Sheets. */
import { q } from "./format";

export const WARD_FILE = {
  // --- split
  made: (file: string, units: number) => `Đã tạo ${file} (${units} đơn vị).`,
  noTab: (ward: string) => `${ward}: chưa có tab đánh giá; chưa tạo tệp (chạy Khởi tạo trước).`,
  noWards: "Danh mục chưa có xã/phường nào: không có tệp nào để tạo.",
  guideNote:
    "Tệp này là phần của một xã/phường, tạo từ sổ tổng hợp. Chỉ nhập ở các ô trắng của tab đánh giá; " +
    "không đổi tên tab, không xoá trang ẩn “Thông tin tệp”. Nhập xong, gửi lại tệp cho Phòng Nội vụ.",
  computedNote:
    "Các dòng kết quả trong tệp này tính lúc tạo tệp; kết quả chính thức tính khi Phòng Nội vụ thu thập.",
  // --- collect: one line per file
  taken: (file: string, ward: string, cells: number) => `${file}: đã thu ${ward} (${cells} ô thay đổi).`,
  unchanged: (file: string, ward: string) => `${file}: ${ward} không đổi so với lần thu trước; bỏ qua.`,
  foreign: (file: string) =>
    `${file}: không phải tệp xã/phường của sổ này (không có trang “Thông tin tệp”); bỏ qua.`,
  isBook: (file: string) => `${file}: là một sổ tổng hợp, không phải tệp của một xã/phường; bỏ qua.`,
  unreadable: (file: string, why: string) => `${file}: không đọc được (${why}); bỏ qua.`,
  brokenInfo: (file: string) =>
    `${file}: không rõ là tệp của xã/phường nào; không thu (xem vấn đề bên dưới).`,
  refused: (file: string, ward: string) => `${file}: KHÔNG thu ${ward}, xem các vấn đề bên dưới.`,
  // --- collect: problems (sheet = "[file]sheet", the cell, the value seen)
  infoBroken: "trang “Thông tin tệp” không đọc được: tệp không được thu",
  otherBook: (id: string) => `tệp thuộc một sổ khác (mã sổ của sổ này: ${q(id)}): không thu`,
  wardUnknown: "mã xã/phường không có trong Danh mục của sổ: không thu",
  tabMissing: (tab: string) => `không tìm thấy tab đánh giá ${q(tab)} trong tệp: không thu`,
  wardMismatch: (recorded: string) =>
    `mã xã/phường ở B2 khác mã ghi trong “Thông tin tệp” (${q(recorded)}): không thu`,
  otherYear: (year: number) => `tệp dùng cho năm đánh giá khác (sổ đang đánh giá năm ${year}): không thu`,
  otherFramework: (id: string) => `tệp dùng khung tiêu chí khác (sổ dùng ${q(id)}): không thu`,
  frameworkChanged:
    "trang Tiêu chí của sổ đã thay đổi kể từ khi tạo tệp: chỉ thu các tiêu chí có trong cả hai; kiểm tra lại",
  rowMissing: (code: string) => `tệp không có dòng tiêu chí ${code}: giữ giá trị của sổ`,
  older: (file: string, when: string) =>
    `tệp cũ hơn tệp đã thu trước đó (${file}, sửa lúc ${when}): không thu`,
  twice: (others: string[]) => `cùng một xã/phường với ${others.map(q).join(", ")}: không thu tệp nào`,
  unitNotInBook:
    "đơn vị này không có trong Danh mục của xã/phường này: cột không được thu (thêm đơn vị vào Danh mục rồi thu lại)",
  // --- collect: summary
  backup: (path: string) => `Đã lưu bản sao trước khi thu: ${path}`,
  counts: (taken: number, skipped: number, refused: number) =>
    `Đã thu ${taken} tệp; bỏ qua ${skipped}; không thu ${refused}.`,
  logTitle: "Nhật ký thu thập tệp xã/phường (do lệnh thu thập ghi; không sửa)",
} as const;
