/**
 * Display text of the Sheets file-per-ward variant (dist-multi/, docs/multi-file.md): its two menu
 * items, their dialogs, progress toasts and the lines the adapter adds to the core's (WARD_FILE).
 */
import { q } from "./format";

export const MULTI_UI = {
  menuSplit: "Tạo tệp cho từng xã/phường",
  menuCollect: "Thu thập từ các tệp",
  splitTitle: "Tạo tệp cho từng xã/phường",
  collectTitle: "Thu thập từ các tệp",
  splitDone: (n: number) => `Đã xong. ${n} thông báo:`,
  splitFailed: "Chưa tạo được tệp nào",
  collectDone: (n: number) => `Đã thu thập. ${n} thông báo:`,
  collectFailed: "Chưa thu thập được",
  busy: "Đang có lệnh khác chạy trên sổ này (tạo tệp, thu thập, tổng hợp hoặc khởi tạo), vui lòng thử lại sau.",
} as const;

export const MULTI_TOAST = {
  making: (i: number, n: number, file: string) => `Đang tạo tệp ${i}/${n}: ${file}`,
  reading: (i: number, n: number, ward: string) => `Đang đọc tệp ${i}/${n}: ${ward}`,
  writing: (tabs: number) => `Đang ghi ${tabs} tab vào sổ…`,
} as const;

export const MULTI_LINE = {
  // --- split
  kept: (ward: string) => `${ward}: đã có tệp riêng (đường dẫn trong Danh mục mở được); giữ nguyên.`,
  relinked: (ward: string) => `${ward}: đường dẫn cũ trong Danh mục không mở được; đã tạo tệp mới.`,
  shared: (file: string, people: string[]) =>
    `${file}: đã chia sẻ quyền chỉnh sửa cho ${people.map(q).join(", ")}.`,
  notShared: (file: string, ward: string) =>
    `${file}: Danh mục chưa có email người nhập liệu của ${ward}; tệp chưa chia sẻ cho ai (thêm email rồi chia sẻ tay).`,
  badEmail: (ward: string, email: string) => `${ward}: email ${q(email)} sai dạng; bỏ qua khi chia sẻ.`,
  bookInfo: "Đã ghi trang ẩn “Thông tin tệp” của sổ (mã sổ để nhận ra các tệp của sổ này).",
  splitPartial: (done: number, total: number) =>
    `Đã tạo tệp cho ${done}/${total} xã/phường, chạy lại để tiếp tục (đường dẫn đã ghi vào Danh mục được giữ).`,
  splitCounts: (made: number, kept: number) => `Đã tạo ${made} tệp mới; giữ nguyên ${kept} tệp đã có.`,
  // --- collect
  noLinks:
    "Danh mục chưa có đường dẫn tệp riêng nào (cột “Tệp riêng”): chạy “Tạo tệp cho từng xã/phường” trước.",
  notALink: (ward: string, link: string) =>
    `${ward}: ô tệp riêng ${q(link)} không phải đường dẫn Google Sheets; bỏ qua.`,
  cannotOpen: (ward: string, why: string) => `${ward}: không mở được tệp riêng (${why}); bỏ qua.`,
  otherWardsFile: (ward: string, recorded: string) =>
    `đường dẫn ở dòng của ${ward} mở ra tệp của xã/phường khác (mã ${q(recorded)}): không thu`,
  sameLink: (ward: string) => `${ward} (cùng đường dẫn)`,
  collectPartial: (done: number, total: number) =>
    `Đã đọc ${done}/${total} tệp, chạy lại để tiếp tục (các tệp đã thu được ghi vào sổ; tổng hợp chạy khi đọc xong).`,
  resumed: (from: number, total: number) => `Tiếp tục lần thu trước từ tệp ${from}/${total}.`,
} as const;
