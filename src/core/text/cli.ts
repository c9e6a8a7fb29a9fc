/** Display text of the `tdp` command-line tool and of the xlsx files it writes. */

import { capitalize, thousandsVi as n, q } from "./format";

const HELP_MAIN = `tdp — đánh giá tổ dân phố, bản tự quản trên tệp .xlsx (không cần Google)

Cách dùng:
  tdp demo                      tạo sổ mẫu Lai Châu trong out/, tổng hợp, in
                                bảng kết quả
  tdp template --out TỆP.xlsx   tạo biểu mẫu (mọi trang, danh sách thả xuống,
                                định dạng)
  tdp rollup TỆP.xlsx           tổng hợp toàn thành phố, in bảng; ghi JSON /
                                xlsx nếu yêu cầu
  tdp report TỆP.xlsx           in các đoạn văn để dán vào báo cáo; ghi tệp Word
                                nếu yêu cầu
  tdp check TỆP.xlsx            kiểm tra mọi tab đánh giá, liệt kê ô trống / ô
                                sai kèm địa chỉ ô
  tdp setup TỆP.xlsx            tạo / sửa tab đánh giá của từng xã/phường theo
                                Danh mục và Tiêu chí (giữ mọi giá trị đã nhập)
  tdp split TỆP.xlsx --out THƯ_MỤC
                                tạo một tệp riêng cho từng xã/phường
  tdp collect TỆP.xlsx THƯ_MỤC  thu các tệp xã/phường gửi lại vào sổ, rồi tổng
                                hợp
  tdp submit | return | status  gửi thẩm định, trả lại, xem bảng theo dõi
  tdp appraisal TỆP.xlsx        lập trang thẩm định theo lĩnh vực
  tdp LỆNH --help               trợ giúp của từng lệnh

Mã thoát: 0 xong; 1 sổ có vấn đề (check) hoặc chưa tổng hợp được (Tiêu chí lỗi);
          2 không đọc được tệp hoặc sai tham số; 3 không ghi được tệp; 4 lỗi
          không mong muốn.

English:
  tdp demo | template | rollup | report | check | setup | split | collect |
  submit | return | status | appraisal — evaluates residential groups on .xlsx
  workbooks laid out like the Google Sheets add-in's (one shared workbook or a
  file per ward; submission and appraisal by field). Run "tdp COMMAND --help"
  for each command. Exit codes: 0 done; 1 problems found (check) or
  roll-up impossible (broken Tiêu chí sheet); 2 unreadable file or bad
  arguments; 3 cannot write an output file; 4 unexpected error.`;

const HELP_DEMO = `tdp demo [--out-dir THƯ_MỤC]

Tạo sổ mẫu Lai Châu (7 xã/phường, đơn vị, kế hoạch 2021–2025, lịch sử, tự đánh
giá 2024) rồi tổng hợp như nút "Tổng hợp toàn thành phố", in bảng kết quả và
ghi:
  out/mau-lai-chau.xlsx   sổ mẫu
  out/tong-hop.xlsx       trang Tổng hợp và Lịch sử công nhận
  out/tong-hop.json       báo cáo dạng JSON (mô hình trong docs/report.md)
  out/bao-cao.docx        báo cáo Word (như tdp report --docx)
  --out-dir THƯ_MỤC       ghi vào thư mục khác thay cho out/
Sổ mẫu được ghi cả trang Tổng hợp và Lịch sử công nhận sau một lần tổng hợp, như
khi Phòng Nội vụ chạy tdp rollup --write --in-place.

English: writes the Lai Châu training workbook to out/, rolls it up into the
workbook itself, prints the summary and writes out/tong-hop.xlsx,
out/tong-hop.json and out/bao-cao.docx (the Word report). --out-dir DIR writes
elsewhere. (This is what "npm start" runs.)`;

const HELP_TEMPLATE = (
  ids: readonly string[],
  defaultId: string,
) => `tdp template --out TỆP.xlsx [--framework ${ids.join("|")}] [--sample]
             [--year NĂM] [--force]

Tạo biểu mẫu như menu "Khởi tạo / sửa biểu mẫu" của tiện ích: trang Hướng dẫn,
Tiêu chí, Danh mục, Kế hoạch, Lịch sử công nhận, Tổng hợp (và các tab xã/phường
khi có dữ liệu mẫu), với danh sách thả xuống Đạt / Không đạt / Không áp dụng và
Có / Không, màu, cố định dòng tiêu đề, khổ in ngang.
  --framework ID   khung tiêu chí (mặc định ${defaultId})
  --sample         kèm dữ liệu mẫu (như "Nạp dữ liệu mẫu"): Lai Châu 2024, hoặc
                   Quỳnh Vinh khi dùng --framework quynhvinh-6k3c
  --year NĂM       năm đánh giá ghi vào trang Tiêu chí (mặc định: năm nay)
  --force          ghi đè tệp đã có
Các dòng kết quả (=TDP_STANDARD, =TDP_GAPS, =TDP_VERDICT trong Google Trang
tính) được ghi thành giá trị tính sẵn vì Excel không có các hàm này; chạy "tdp
check" hoặc "tdp rollup" để tính lại.

English: writes the template workbook as .xlsx (every sheet, dropdown
validations, formatting). --framework picks the criteria framework, --sample
adds its training data (Lai Châu 2024, or Quỳnh Vinh with --framework
quynhvinh-6k3c), --force overwrites. The TDP_* formula rows are written as
computed values (Excel has no such functions).`;

const HELP_ROLLUP = `tdp rollup TỆP.xlsx [--year NĂM] [--out TONG-HOP.xlsx] [--json BAO-CAO.json]
           [--write [--in-place]]

Đọc sổ, tổng hợp như nút "Tổng hợp toàn thành phố" và in bảng kết quả.
  --year NĂM        năm tổng hợp (mặc định: Năm đánh giá trong trang Tiêu chí)
  --out TỆP.xlsx    ghi trang Tổng hợp và Lịch sử công nhận ra một sổ riêng
  --json TỆP.json   ghi báo cáo dạng JSON (mô hình trong docs/report.md);
                    "--json -" in JSON ra màn hình
  --write           ghi Tổng hợp và Lịch sử công nhận vào bản sao của sổ:
                    TỆP.tong-hop.xlsx cạnh sổ gốc; các trang khác giữ nguyên
                    từng ô
  --in-place        (cùng --write) ghi thẳng vào sổ gốc
  --force           ghi đè tệp kết quả đã có; xác nhận ghi lại Lịch sử công nhận
                    khi tab ghi năm khác năm đánh giá, hoặc khi năm đó đã khép
                    lại (Lịch sử có năm sau)

English: rolls the workbook up exactly like the add-in's one-click roll-up and
prints the summary. --json writes the report object, --out the summary workbook;
--write puts Tổng hợp and Lịch sử công nhận back into a copy of the workbook
(NAME.tong-hop.xlsx), or into the file itself with --in-place, leaving every
other sheet's cells untouched. Exit 0 when done, 1 when the Tiêu chí sheet is
broken, 2 when the file cannot be read.`;

const HELP_REPORT = `tdp report TỆP.xlsx [--year NĂM] [--docx BAO-CAO.docx] [--force]

Đọc sổ, tổng hợp như nút "Tổng hợp toàn thành phố" (không ghi gì vào sổ) và in
các đoạn văn của báo cáo theo văn phong báo cáo hằng năm: kết quả chung, kết quả
từng năm, tiêu chí chưa đạt, đơn vị không còn đạt; mỗi đoạn cách nhau một dòng
trống, để dán thẳng vào báo cáo.
  --year NĂM        năm tổng hợp (mặc định: Năm đánh giá trong trang Tiêu chí)
  --docx TỆP.docx   ghi thêm báo cáo Word (khổ A4, Times New Roman 14, lề theo
                    Nghị định 30/2020/NĐ-CP): tiêu đề, các đoạn văn, bảng theo
                    xã/phường và bảng kết quả qua các năm so với mục tiêu
  --force           ghi đè tệp .docx đã có
Màn hình (stdout) chỉ có các đoạn văn; dòng "Đã ghi" và các lưu ý in ra stderr,
nên "tdp report so.xlsx > doan-van.txt" cho tệp chỉ có văn bản.

English: rolls the workbook up without writing it and prints the report's
paste-ready Vietnamese paragraphs, one blank line between them. --docx also
writes the Word report (A4, Times New Roman, the margins of Decree 30/2020),
--force overwrites it. Exit 0 when done, 1 when the Tiêu chí sheet is broken, 2
when the file cannot be read or an argument is wrong, 3 when the .docx is not
written.`;

const HELP_SETUP = `tdp setup TỆP.xlsx [--out KHÁC.xlsx]

Như menu "Khởi tạo / sửa biểu mẫu" của Google Trang tính, trên một sổ đã có:
mỗi xã/phường trong Danh mục có một tab đánh giá, mỗi đơn vị một cột (theo Kế
hoạch và Lịch sử công nhận). Tab đã có được sửa quanh các giá trị đã nhập: tiêu
chí mới thêm dòng, đơn vị mới thêm cột, không xoá gì. Chỉ các tab đánh giá (và
trang còn thiếu) được ghi lại; mọi trang khác giữ nguyên từng byte.
  --out KHÁC.xlsx   ghi ra sổ khác thay vì ghi vào chính sổ

English: creates or repairs one tab per ward from Danh mục and Tiêu chí,
keeping every value typed, and writes only those tabs back into the file.`;

const HELP_SPLIT = `tdp split TỆP.xlsx --out THƯ_MỤC [--force]

Tạo một tệp .xlsx cho từng xã/phường trong THƯ_MỤC ("P01 Phường Tân
Phong.xlsx"): tab đánh giá của xã/phường đó (với giá trị sổ đang có), Hướng
dẫn, trang Tiêu chí chỉ đọc, phần Danh mục của xã/phường đó và trang ẩn "Thông
tin tệp" ghi tệp thuộc sổ nào, khung tiêu chí nào, năm nào, xã/phường nào. Chỉ
các ô nhập liệu sửa được (bảo vệ trang, không mật khẩu). Sổ được ghi thêm trang
ẩn "Thông tin tệp" (mã sổ) nếu chưa có.
  --out THƯ_MỤC     thư mục ghi các tệp (tạo nếu chưa có)
  --force           ghi đè tệp đã có trong thư mục

English: writes one file per ward (its tab, a read-only Tiêu chí, its part of
Danh mục, a hidden identity sheet) with only the input cells editable.`;

const HELP_COLLECT = `tdp collect TỆP.xlsx TỆP_XÃ.xlsx… | THƯ_MỤC [--year NĂM]

Thu các tệp xã/phường gửi lại (tạo bởi tdp split) vào các tab của sổ, rồi tổng
hợp như "tdp rollup --write --in-place". Mỗi tệp được kiểm tra: thuộc sổ này,
xã/phường nào (theo "Thông tin tệp" và ô B2, không theo tên tệp), cùng khung
tiêu chí và năm đánh giá, không cũ hơn tệp đã thu, không hai tệp cho một
xã/phường. Tệp không đạt thì không thu và được báo kèm ô; tệp không phải của sổ
thì bỏ qua. Trước khi ghi, sổ được sao lưu thành TỆP.truoc-khi-thu.xlsx. Dòng
"Thành phố thẩm định" của sổ không bao giờ bị ghi đè từ tệp xã/phường.
  --year NĂM        năm tổng hợp (mặc định: Năm đánh giá trong trang Tiêu chí)

Mã thoát: 0 xong; 1 có tệp không được thu; 2 không đọc được sổ hoặc sai tham số.

English: brings the ward files' values back into the workbook's ward tabs
(checked by identity sheet, B2 ward code, framework hash, year, age,
duplicates), keeps a backup copy, then rolls up into the workbook.`;

const HELP_SUBMIT = `tdp submit TỆP.xlsx --ward MÃ [--by TÊN]

Ghi nhận xã/phường MÃ gửi thẩm định tab của mình, như menu "Gửi thẩm định": chỉ
gửi được khi các đơn vị đề nghị không còn ô trống hoặc sai (in ra kèm địa chỉ
ô). Trang ẩn "Hồ sơ gửi" ghi người gửi, lúc gửi, mã kiểm tra và giá trị lúc gửi;
trang "Theo dõi" ghi trạng thái từng xã/phường. Gửi sau hạn ở trang Tiêu chí
(dòng "Hạn gửi hồ sơ (trước ngày)": gửi đúng ngày đó là quá hạn) được ghi
"Đã gửi (quá hạn)". Đã gửi thì không gửi lại, trừ khi bị trả lại.
  --ward MÃ         mã, tên hoặc tên tab của xã/phường
  --by TÊN          người gửi (mặc định: tên người dùng máy tính)

English: records the ward's submission (who, when, a fingerprint and the values
sent) when its proposed units have no blank or invalid cell.`;

const HELP_RETURN = `tdp return TỆP.xlsx --ward MÃ --reason "LÝ DO" [--by TÊN]

Phòng Nội vụ trả lại hồ sơ của xã/phường MÃ kèm lý do, như menu "Trả lại": xã/
phường sửa rồi gửi lại. Lý do hiện trên trang "Theo dõi".

English: returns the ward's submission with a reason.`;

const HELP_STATUS = `tdp status TỆP.xlsx [--write]

In bảng theo dõi: từng xã/phường chưa gửi / đã gửi (lúc nào) / quá hạn / đã trả
lại, hạn gửi và số lượng. Tệp .xlsx không khoá được tab theo người dùng: ô sửa
sau khi gửi được liệt kê khi tổng hợp.
  --write           ghi trang "Theo dõi" vào sổ

English: prints the status board (and writes it with --write).`;

const HELP_APPRAISAL = `tdp appraisal TỆP.xlsx

Thẩm định theo lĩnh vực (các cơ quan, mỗi cơ quan theo chức năng, nhiệm vụ):
tạo trang "Phân công thẩm định" nếu chưa có (mỗi dòng: cơ quan, email, tiêu
chuẩn phụ trách, ví dụ "TC6"), rồi lập lại trang "Kết quả thẩm định": mỗi đơn
vị đề nghị một dòng, mỗi cơ quan một cột Đạt / Không đạt cho từng tiêu chuẩn
phụ trách và một cột ghi chú; kết quả đã ghi được giữ. Khi tổng hợp, đơn vị bị
một cơ quan ghi "Không đạt" không được công nhận, và Tổng hợp liệt kê theo cơ
quan.

English: creates the assignment sheet when missing and rebuilds the results
sheet (a row per proposed unit, a column per department and standard).`;

const HELP_CHECK = `tdp check TỆP.xlsx

Kiểm tra mọi tab đánh giá (như "Kiểm tra tab này") và các trang Tiêu chí, Danh
mục, Kế hoạch, Lịch sử công nhận; in mỗi vấn đề kèm ô: Trang!Ô: nội dung (dòng
dài được ngắt theo độ rộng màn hình, mặc định 80 cột).
Mã thoát: 0 không có vấn đề; 1 có vấn đề; 2 không đọc được tệp.

English: lists every problem of every ward tab (blank or unreadable criterion
cells, unknown or duplicate units…) with its sheet and cell, wrapped to the
terminal's width (80 columns when not a terminal). Exit code 0 when clean, 1
when problems, 2 when the file cannot be read.`;

/** The command-line tool: file errors, usage errors, progress, output lines, the printed table, --help. */
export const CLI = {
  /** One line per unreadable file; the CLI prints it and exits non-zero. */
  FILE: {
    notFound: (path: string) => `Không tìm thấy tệp ${q(path)}.`,
    notFile: (path: string) => `${q(path)} là một thư mục, không phải tệp .xlsx.`,
    notReadable: (path: string, detail: string) => `Không đọc được tệp ${q(path)} (${detail}).`,
    empty: (path: string) => `Tệp ${q(path)} rỗng (0 byte), không phải sổ tính .xlsx.`,
    notZip: (path: string) =>
      `Tệp ${q(path)} không phải sổ tính .xlsx (không đúng định dạng tệp nén của Excel). Hãy mở bằng Excel hoặc Google Trang tính rồi lưu thành .xlsx.`,
    encrypted: (path: string) =>
      `Tệp ${q(path)} được đặt mật khẩu (mã hoá), không đọc được. Hãy mở bằng Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hoá bằng mật khẩu → xoá mật khẩu), lưu rồi chạy lại.`,
    xls: (path: string) =>
      `Tệp ${q(path)} là định dạng Excel cũ (.xls). Hãy mở bằng Excel hoặc Google Trang tính rồi lưu thành .xlsx (Excel: Tệp → Lưu thành → Sổ làm việc Excel (*.xlsx); Google Trang tính: Tệp → Tải xuống → Microsoft Excel (.xlsx)).`,
    ods: (path: string) =>
      `Tệp ${q(path)} là định dạng OpenDocument (.ods). Hãy mở bằng LibreOffice, Excel hoặc Google Trang tính rồi lưu thành .xlsx.`,
    notWorkbook: (path: string) =>
      `Tệp ${q(path)} là tệp nén nhưng không phải sổ tính Excel (.xlsx) (không có trang tính nào).`,
    corrupt: (path: string, detail: string) =>
      `Tệp ${q(path)} bị hỏng hoặc không phải sổ tính .xlsx (${detail}). Hãy mở bằng Excel hoặc Google Trang tính rồi lưu lại thành .xlsx.`,
    sheetMissing: (path: string, sheet: string) =>
      `Sổ ${q(path)} không có trang ${q(sheet)}. Hãy dùng sổ tạo bằng “tdp template” hoặc tiện ích Google Trang tính (Khởi tạo / sửa biểu mẫu).`,
    sheetRenamed: (path: string, sheet: string, found: string) =>
      `Sổ ${q(path)} không có trang ${q(sheet)}; có trang ${q(found)} — có phải đã bị đổi tên? Hãy đổi tên lại thành ${q(sheet)} rồi chạy lại.`,
    cannotWrite: (path: string, detail: string) =>
      `Không ghi được tệp ${q(path)} (${detail}). Nếu tệp đang mở trong Excel, hãy đóng lại rồi chạy lại.`,
    exists: (path: string) => `Tệp ${q(path)} đã có. Thêm --force để ghi đè, hoặc chọn tên khác.`,
    sameAsInput: (path: string) =>
      `Tệp kết quả ${q(path)} trùng với sổ đang đọc. Dùng --write --in-place nếu muốn ghi vào chính sổ đó.`,
  },

  USAGE: {
    unknownCommand: (cmd: string) =>
      `Không có lệnh ${q(cmd)}. Các lệnh: demo, template, rollup, report, check, setup, split, collect, submit, return, status, appraisal (xem tdp --help).`,
    badOption: (detail: string, cmd: string) => `Sai tham số: ${detail}. Xem: tdp ${cmd} --help`,
    needFile: (cmd: string) =>
      `Thiếu tên tệp .xlsx. Ví dụ: tdp ${cmd} so-danh-gia.xlsx (xem tdp ${cmd} --help).`,
    tooManyFiles: (cmd: string) => `Lệnh ${cmd} chỉ nhận một tệp .xlsx (xem tdp ${cmd} --help).`,
    needWard: (cmd: string) => `Thiếu --ward MÃ: mã (hoặc tên) xã/phường (xem tdp ${cmd} --help).`,
    needOut: () => "Thiếu --out TỆP.xlsx. Ví dụ: tdp template --out so-danh-gia.xlsx",
    notXlsxName: (path: string) => `Tên tệp ${q(path)} phải có đuôi .xlsx.`,
    notDocxName: (path: string) =>
      `Tên tệp ${q(path)} phải có đuôi .docx (tệp Word), ví dụ --docx bao-cao.docx.`,
    badYear: (value: string) => `Năm ${q(value)} không hợp lệ; ví dụ --year 2024.`,
    badFramework: (value: string, known: readonly string[]) =>
      `Không có khung tiêu chí ${q(value)} (có: ${known.join(", ")}).`,
    inPlaceNeedsWrite: () => "--in-place chỉ dùng cùng --write.",
    unknownOption: (name: string, cmd: string) =>
      `Không có tùy chọn ${name} cho lệnh ${cmd}. Xem: tdp ${cmd} --help`,
    missingValue: (name: string, cmd: string) => `Tùy chọn ${name} cần một giá trị. Xem: tdp ${cmd} --help`,
    unexpectedArgument: (arg: string, cmd: string) =>
      `Lệnh ${cmd} không nhận ${q(arg)}. Xem: tdp ${cmd} --help`,
  },

  PROGRESS: {
    buildingSample: (place: string) => `Đang tạo sổ mẫu ${place}…`,
    buildingTemplate: "Đang tạo biểu mẫu…",
    writing: (path: string) => `Đang ghi ${path}…`,
    reading: (path: string) => `Đang đọc ${path}…`,
    /** Followed by "17/170" (and a bar on a terminal). */
    readingTabs: "Đang đọc các tab:",
    seconds: (s: number) => `(${n(s)} giây)`,
    rolling: (tabs: number) => `Đang tổng hợp ${n(tabs)} tab…`,
    checking: (tabs: number) => `Đang kiểm tra ${n(tabs)} tab…`,
    /** Followed by "17/170". */
    readingFiles: "Đang đọc các tệp xã/phường:",
    makingFiles: "Đang tạo tệp cho các xã/phường:",
  },

  OUT: {
    wrote: (path: string) => `Đã ghi ${path}`,
    setupUnchanged: (path: string) => `Không có gì cần ghi: các tab đánh giá của ${path} đã đúng.`,
    needOutDir:
      "Thiếu --out THƯ_MỤC: thư mục ghi các tệp xã/phường (ví dụ: tdp split so.xlsx --out tep-xa/).",
    needWardFiles: "Thiếu tệp xã/phường: tdp collect so.xlsx tep-xa/ (một thư mục hoặc các tệp .xlsx).",
    bookIdAdded: (path: string) => `Đã ghi mã sổ vào ${path} (trang ẩn “Thông tin tệp”).`,
    historyHeld:
      "Chỉ ghi trang Tổng hợp; Lịch sử công nhận giữ nguyên (xem lý do ở trên). Thêm --force nếu muốn ghi lại.",
    templateDone: (path: string, sheets: number) => `Đã tạo ${path} (${n(sheets)} trang).`,
    reportProblems: (count: number, path: string) =>
      `Lưu ý: sổ có ${n(count)} vấn đề (ô trống, ô sai…), số liệu trong các đoạn văn có thể chưa đủ. Xem: tdp check ${path}`,
    noParagraphs: "(Chưa có đoạn văn nào: sổ chưa có kết quả đánh giá cho năm này.)",
    checkClean: (tabs: number) => `Không có vấn đề nào (${n(tabs)} tab đánh giá).`,
    checkFound: (count: number, tabs: number) => `Có ${n(count)} vấn đề trong sổ (${n(tabs)} tab đánh giá):`,
    missingTab: (ward: string, tab: string) =>
      `thiếu tab đánh giá của ${ward} (Danh mục ghi tên tab ${q(tab)})`,
    suggestTab: (ward: string, tab: string, found: string) =>
      `Gợi ý: không có tab ${q(tab)} của ${ward}; có trang ${q(found)} — có phải đã bị đổi tên?`,
    unexpected: (detail: string) =>
      `Có lỗi không mong muốn: ${detail}. Hãy báo cho người phụ trách (chạy lại với TDP_DEBUG=1 để xem chi tiết).`,
  },

  /** Labels of the table printed in the terminal. */
  TABLE: {
    headline: (recognized: number, unitWord: string, maintained: number, fresh: number, evaluated: number) =>
      `${n(recognized)} ${unitWord} được công nhận (duy trì ${n(maintained)}, công nhận mới ${n(fresh)}); ${n(evaluated)} đã đánh giá.`,
    byWard: (wardWord: string) => `Kết quả theo ${wardWord}`,
    wardHeaders: (wardWord: string, year: number) => [
      "STT",
      capitalize(wardWord),
      "Số ĐV",
      `ĐK ${year}`,
      "Đã ĐG",
      "Được CN",
      "Duy trì",
      "Mới",
      "Không còn đạt",
      "Đủ DL",
    ],
    total: "Tổng số",
    targets: "So với chỉ tiêu",
    targetHeaders: ["Chỉ tiêu", "Số chỉ tiêu", "Được công nhận", "Tỷ lệ"],
    noTargets: "(Kế hoạch chưa có chỉ tiêu cho năm này)",
    topCriteria: (shown: number, of: number) =>
      shown < of ? `Tiêu chí chưa đạt nhiều nhất (${n(shown)}/${n(of)})` : `Tiêu chí chưa đạt (${n(of)})`,
    criteriaHeaders: ["Mã", "Số ĐV", "Tiêu chí / đơn vị không đạt"],
    noCriteria: "(không có tiêu chí nào bị đánh giá không đạt)",
    problems: (count: number) => `Vấn đề cần xử lý (${n(count)})`,
    noProblems: "(không có)",
    moreProblems: (count: number) => `… và ${n(count)} vấn đề khác (xem trang Tổng hợp hoặc tệp JSON).`,
    legend: "ĐV: đơn vị · ĐK: đăng ký · ĐG: đánh giá · CN: công nhận · Đủ DL: đủ dữ liệu / dự kiến đánh giá",
  },
  HELP: {
    main: HELP_MAIN,
    demo: HELP_DEMO,
    template: HELP_TEMPLATE,
    rollup: HELP_ROLLUP,
    report: HELP_REPORT,
    check: HELP_CHECK,
    setup: HELP_SETUP,
    split: HELP_SPLIT,
    collect: HELP_COLLECT,
    submit: HELP_SUBMIT,
    return: HELP_RETURN,
    status: HELP_STATUS,
    appraisal: HELP_APPRAISAL,
  },
} as const;

/** Strings the xlsx adapter writes into workbooks. */
export const XLSX = {
  /** A very hidden sheet holding dropdown lists too long for Excel's 255-character limit. */
  listsSheet: "Danh sách chọn",
  resultNote:
    "Tệp .xlsx: các dòng kết quả là giá trị tính sẵn lúc tạo tệp (Excel không có hàm TDP_*). Sau khi sửa, chạy “tdp check” hoặc “tdp rollup” để tính lại; trong Google Trang tính, chạy Khởi tạo / sửa biểu mẫu để có lại công thức.",
  invalidTitle: "Giá trị không hợp lệ",
  invalidText: "Hãy chọn một giá trị trong danh sách.",
} as const;
