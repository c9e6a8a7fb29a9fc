/**
 * The file-per-ward bundle's extra globals (dist-multi/, docs/multi-file.md): build.mjs bundles this
 * file with src/main.ts for `--variant multi` only, so the single workbook has neither global. Keep
 * the bodies one line, as in src/main.ts.
 */
import { runCommand } from "./gas/commands";

/** Menu: tạo tệp riêng cho từng xã/phường, chia sẻ cho người nhập liệu, ghi đường dẫn vào Danh mục. */
export function menuSplitFiles() {
  runCommand("menuSplitFiles");
}

/** Menu: thu thập giá trị từ tệp riêng của các xã/phường vào sổ, rồi tổng hợp. */
export function menuCollectFiles() {
  runCommand("menuCollectFiles");
}
