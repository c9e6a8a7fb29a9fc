/** Display text of the appraisal by field (seed 002: each department checks its own standards). */
export const FIELD_APPRAISAL_TEXT = {
  assignTitle: "PHÂN CÔNG THẨM ĐỊNH THEO LĨNH VỰC",
  assignNote:
    "Mỗi dòng một cơ quan: email người nhập kết quả (cách nhau dấu phẩy) và các tiêu chuẩn cơ quan thẩm định, ví dụ “TC6” hoặc “TC4, TC6”.",
  resultTitle: "KẾT QUẢ THẨM ĐỊNH THEO LĨNH VỰC",
  resultNote:
    "Mỗi cơ quan ghi Đạt / Không đạt ở các cột của mình cho từng đơn vị đề nghị; để trống là chưa thẩm định. Một “Không đạt” là đơn vị không được công nhận.",
  unknownStandard: "không có tiêu chuẩn này trong trang Tiêu chí",
  invalid: "kết quả thẩm định phải là Đạt hoặc Không đạt",
  failed: (department: string, tag: string) => `${department}: ${tag} không đạt`,
  summaryHeaders: ["Cơ quan", "Tiêu chuẩn", "Số ĐV", "Đơn vị thẩm định không đạt"],
  built: (units: number, departments: number) =>
    `Đã lập trang Kết quả thẩm định: ${units} đơn vị đề nghị, ${departments} cơ quan.`,
  noAssignments:
    "Trang Phân công thẩm định chưa có cơ quan nào: ghi cơ quan, email và tiêu chuẩn phụ trách rồi chạy lại.",
} as const;
