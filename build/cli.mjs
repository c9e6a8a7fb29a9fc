// Built by build.mjs from src/cli — do not edit.

// src/core/framework.ts
import * as z from "zod";

// src/core/messages.ts
var VERDICT = {
  pass: "Đạt",
  fail: "Không đạt",
  missing: "Thiếu dữ liệu"
};
var q = (v) => `“${String(v)}”`;
var msg = {
  // --- framework validation ---
  fwThresholdRange: () => "ngưỡng phải là số nguyên từ 1 đến 100 (%)",
  fwEmpty: (field) => `thiếu ${field}`,
  fwListEmpty: (field) => `cần ít nhất một ${field.toLowerCase()}`,
  fwInvalidField: (field) => `giá trị không hợp lệ ở ${field}`,
  fwDuplicateCode: (code, first) => `mã ${q(code)} bị trùng (đã có ở ${first})`,
  fwUnknownStandard: (code, standard) => `tiêu chí ${code} thuộc tiêu chuẩn ${q(standard)} không có trong danh sách tiêu chuẩn`,
  fwStandardWithoutCriteria: (code) => `tiêu chuẩn ${code} không có tiêu chí thành phần nào`,
  fwUnknownBuiltin: (id) => `không có khung tiêu chí ${q(id)} (có: laichau-2021, quynhvinh-6k3c)`,
  fwBadTable: (where, message) => `Khung tiêu chí, ${where}: ${message}`,
  fwUnknownKind: (value) => `loại dòng ${q(value)} không hiểu được (dùng: Khung, Tiêu chuẩn, Tiêu chí, Trường hợp không đảm bảo)`,
  // --- cell reading ---
  cellInvalid: (code, value) => `tiêu chí ${code}: giá trị ${q(value)} không hiểu được (dùng Đạt / Không đạt / Không áp dụng)`,
  disqualifierInvalid: (code, value) => `trường hợp ${code}: giá trị ${q(value)} không hiểu được (dùng Có / Không)`,
  cellMissing: (code) => `tiêu chí ${code} còn trống`,
  errorPrefix: "Lỗi: ",
  // --- custom functions ---
  fnTooManyCells: (got, expected) => `vùng kết quả có ${got} dòng nhưng khung tiêu chí có ${expected} tiêu chí; hãy chọn đúng ${expected} ô (hoặc thêm cột mã tiêu chí)`,
  fnDisqualifierCount: (got, expected) => `vùng trường hợp không đảm bảo có ${got} ô, cần ${expected}`,
  fnCodesMismatch: (rows, codes) => `cột mã tiêu chí có ${codes} dòng, vùng kết quả có ${rows} dòng`,
  fnUnknownStandard: (value) => `không có tiêu chuẩn ${q(value)}`,
  fnMissingCodes: (codes) => `thiếu dòng cho tiêu chí ${codes.join(", ")}`,
  fnDuplicateCode: (code) => `tiêu chí ${code} xuất hiện hai lần`,
  fnInternal: () => "có lỗi không mong muốn, hãy báo cho Phòng Nội vụ",
  // --- verdict explanation ---
  standardLabel: (code) => /^\d+$/.test(code) ? `TC${code}` : code,
  standardStatusPass: "đạt",
  standardStatusFail: "không đạt",
  standardStatusMissing: "thiếu dữ liệu",
  gapNeedMore: (label, n, failed) => `${label}: cần thêm ${n} tiêu chí${failed.length ? ` (${failed.join(", ")} không đạt)` : ""}`,
  gapBlank: (label, blank) => `${label}: còn trống ${blank.join(", ")}`,
  gapDisqualified: (codes) => `có trường hợp ${codes.join(", ")}`,
  gapInvalid: (items) => `giá trị không hợp lệ: ${items.join("; ")}`,
  explainPass: (unitWord) => `Đạt: mọi tiêu chuẩn đủ ngưỡng, không thuộc trường hợp không đảm bảo (${unitWord}).`,
  explainAllPass: () => "Đạt: mọi tiêu chí đều đạt.",
  explainFail: (gaps) => `Không đạt: ${gaps}.`,
  explainMissing: (gaps) => `Thiếu dữ liệu: ${gaps}.`,
  explainInvalid: (gaps) => `Lỗi: ${gaps}.`
};

// src/core/framework.ts
var UNIT_TYPES = ["tdp", "ban", "to"];
var WARD_KINDS = ["phuong", "xa"];
var criterionVariantSchema = z.object({
  unitTypes: z.array(z.enum(UNIT_TYPES)).optional(),
  wardKinds: z.array(z.enum(WARD_KINDS)).optional(),
  text: z.string().trim().min(1)
});
var criterionSchema = z.object({
  code: z.string().trim().min(1),
  standard: z.string().trim().min(1),
  text: z.string().trim().min(1),
  /** If set, the criterion only applies to these unit types; others count it as not applicable. */
  unitTypes: z.array(z.enum(UNIT_TYPES)).optional(),
  /** If set, the criterion only applies to units in these ward kinds. */
  wardKinds: z.array(z.enum(WARD_KINDS)).optional(),
  variants: z.array(criterionVariantSchema).optional()
});
var standardSchema = z.object({
  code: z.string().trim().min(1),
  name: z.string().trim().min(1),
  /** Pass threshold in percent of applicable criteria (integer 1–100). */
  threshold: z.number().int().min(1).max(100)
});
var disqualifierSchema = z.object({
  code: z.string().trim().min(1),
  text: z.string().trim().min(1)
});
var RULE_KINDS = ["per-standard-threshold", "all-must-pass"];
var frameworkSchema = z.object({
  id: z.string().trim().min(1),
  name: z.string().trim().min(1),
  /** Short title of the programme, used in summary headings. */
  year: z.number().int().min(2e3).max(2100).optional(),
  rule: z.enum(RULE_KINDS),
  /** Words used for the evaluated unit and the ward level in this programme. */
  unitWord: z.string().trim().min(1).default("tổ dân phố, bản"),
  wardWord: z.string().trim().min(1).default("xã, phường"),
  source: z.string().optional(),
  standards: z.array(standardSchema).min(1),
  criteria: z.array(criterionSchema).min(1),
  disqualifiers: z.array(disqualifierSchema).default([]),
  note: z.string().optional()
});
function criterionApplies(c, unitType, wardKind) {
  if (c.unitTypes && unitType && !c.unitTypes.includes(unitType)) return false;
  if (c.wardKinds && wardKind && !c.wardKinds.includes(wardKind)) return false;
  return true;
}

// src/core/frameworks/laichau2021.ts
var laiChau2021 = {
  id: "laichau-2021",
  name: "Tổ dân phố, bản tự quản, phát triển toàn diện (thành phố Lai Châu)",
  year: 2021,
  rule: "per-standard-threshold",
  unitWord: "tổ dân phố, bản",
  wardWord: "xã, phường",
  source: "Phụ lục Kế hoạch số 627/KH-UBND ngày 22/3/2021 của UBND thành phố Lai Châu",
  standards: [
    {
      code: "1",
      name: "Củng cố, kiện toàn nâng cao chất lượng, hiệu quả hoạt động của đội ngũ người hoạt động không chuyên trách và các chức danh khác ở tổ dân phố, bản",
      threshold: 80
    },
    {
      code: "2",
      name: "Phát huy tiềm năng, thế mạnh của khu dân cư (tổ dân phố, bản) để phát triển kinh tế theo hướng toàn diện gắn với việc thực hiện các chỉ tiêu phát triển kinh tế - xã hội được giao hàng năm",
      threshold: 80
    },
    { code: "3", name: "Tự quản về quản lý đô thị, đất đai và tài nguyên môi trường", threshold: 80 },
    {
      code: "4",
      name: "Xây dựng khu dân cư (tổ dân phố, bản) tự quản sáng - xanh – sạch – đẹp, văn minh, tiên tiến, phát huy bản sắc văn hóa dân tộc.",
      threshold: 80
    },
    {
      code: "5",
      name: "Thực hiện tốt công tác giáo dục và đào tạo, y tế; đảm bảo an sinh xã hội, giảm nghèo bền vững",
      threshold: 80
    },
    { code: "6", name: "Thực hiện tốt công tác tự quản về quốc phòng, an ninh tại địa bàn", threshold: 80 }
  ],
  criteria: [
    {
      code: "1.1",
      standard: "1",
      text: "100% các chức danh chủ chốt của chi bộ, tổ dân phố, bản, ban công tác mặt trận và các đoàn thể tại tổ dân phố, bản được bồi dưỡng nâng cao kiến thức, chuyên môn, nghiệp vụ theo quy định."
    },
    {
      code: "1.2",
      standard: "1",
      text: "Bí thư chi bộ, Tổ trưởng tổ dân phố, bản, Trưởng ban Công tác Mặt trận lãnh đạo toàn diện các hoạt động của tổ dân phố, bản, kịp thời chỉ đạo triển khai thực hiện tốt nhiệm vụ theo quy định. Chi bộ tổ dân phố, bản; Ban công tác MT và các đoàn thể xếp loại hoàn thành tốt nhiệm vụ trở lên."
    },
    {
      code: "1.3",
      standard: "1",
      text: "98% trở lên các hộ gia đình nghiêm chỉnh thực hiện chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước và các quy định của địa phương."
    },
    {
      code: "1.4",
      standard: "1",
      text: "100% hộ dân thực hiện tốt quy ước cộng đồng; tổ dân phố, bản có tổ tự quản hoạt động thường xuyên, hiệu quả; mâu thuẫn, bất hòa được giải quyết tại cộng đồng; thực hiện tốt quy chế dân chủ ở cơ sở, công tác hòa giải ở cơ sở; không có khiếu kiện đông người, vượt cấp, trái pháp luật."
    },
    {
      code: "2.1",
      standard: "2",
      text: "Khuyến khích các hộ sản xuất kinh doanh ở tổ dân phố, bản nâng cao các sản phẩm CN – TTCN truyền thống của địa phương (công nghiệp chế biến nông sản, chè, gạo...)."
    },
    {
      code: "2.2",
      standard: "2",
      text: "Tuyên truyền, vận động Nhân dân xây dựng các mô hình phát triển kinh tế. Phấn đấu mỗi tổ dân phố, bản có ít nhất một mô hình phát triển kinh tế điển hình trở lên."
    },
    {
      code: "2.3",
      standard: "2",
      text: "Năm và tự quản chặt chẽ các hoạt động sản xuất, kinh doanh, dịch vụ trên địa bàn (Việc đăng ký kinh doanh, nghĩa vụ nộp thuế, v.v...); nắm chắc kế hoạch, khung thời vụ để chủ động trong việc sản xuất nông nghiệp."
    },
    {
      code: "2.4",
      standard: "2",
      text: "Thường xuyên phối hợp kiểm tra việc sản xuất kinh doanh của các cơ sở trên địa bàn. Phát hiện báo cáo kịp thời đến cơ quan chức năng những vụ việc sản xuất kinh doanh, dịch vụ trái pháp luật."
    },
    {
      code: "2.5",
      standard: "2",
      text: "Hướng dẫn và đề xuất với cơ quan chức năng hỗ trợ về vốn, đất đai, xây dựng, các thủ tục hành chính... cho tập thể, cá nhân sản xuất kinh doanh."
    },
    {
      code: "2.6",
      standard: "2",
      text: "Đối với bản sản xuất nông nghiệp: Tuyên truyền, vận động Nhân dân tích cực sản xuất thâm canh tăng vụ, chuyển đổi cây trồng, vật nuôi gắn với sản xuất nông nghiệp hàng hóa tập trung, chuyên canh, khuyến khích xây dựng được sản phẩm OCOP, các mặt hàng đặc sản của địa phương... Đối với Tổ dân phố: Xây dựng được ít nhất một “tuyến đường, phố kinh doanh văn minh đô thị”.",
      variants: [
        {
          unitTypes: ["ban"],
          text: "Đối với bản sản xuất nông nghiệp: Tuyên truyền, vận động Nhân dân tích cực sản xuất thâm canh tăng vụ, chuyển đổi cây trồng, vật nuôi gắn với sản xuất nông nghiệp hàng hóa tập trung, chuyên canh, khuyến khích xây dựng được sản phẩm OCOP, các mặt hàng đặc sản của địa phương..."
        },
        {
          unitTypes: ["tdp"],
          text: "Đối với Tổ dân phố: Xây dựng được ít nhất một “tuyến đường, phố kinh doanh văn minh đô thị”."
        }
      ]
    },
    {
      code: "2.7",
      standard: "2",
      text: "Vận động được Nhân dân đóng góp xây dựng và nâng cấp cơ sở vật chất hạ tầng kinh tế, văn hóa, xã hội ở cộng đồng dân cư; các hộ gia đình tích cực tham gia thực hiện cuộc vận động xây dựng nông thôn mới (đối với bản thuộc xã xây dựng nông thôn mới), tham gia xây dựng phường đạt chuẩn văn minh đô thị (đối với tổ dân phố, bản thuộc phường).",
      variants: [
        {
          wardKinds: ["xa"],
          text: "Vận động được Nhân dân đóng góp xây dựng và nâng cấp cơ sở vật chất hạ tầng kinh tế, văn hóa, xã hội ở cộng đồng dân cư; các hộ gia đình tích cực tham gia thực hiện cuộc vận động xây dựng nông thôn mới."
        },
        {
          wardKinds: ["phuong"],
          text: "Vận động được Nhân dân đóng góp xây dựng và nâng cấp cơ sở vật chất hạ tầng kinh tế, văn hóa, xã hội ở cộng đồng dân cư; các hộ gia đình tích cực tham gia xây dựng phường đạt chuẩn văn minh đô thị."
        }
      ]
    },
    {
      code: "3.1",
      standard: "3",
      text: "Thực hiện tốt các nội dung tự quản về quản lý đô thị, đất đai và tài nguyên môi trường. Vận động và tuyên truyền, tổ chức cho các hộ gia đình, hộ sản xuất kinh doanh ký cam kết về thực hiện các quy định, Quy chế về: Quản lý, quy hoạch, xây dựng, kiến trúc đô thị, cây xanh, nghĩa trang đô thị, tự ý chuyển đổi mục đích sử dụng đất, xây dựng sai phép, trái phép... và các quy ước, hương ước của tổ dân phố, bản, không để xảy ra tình trạng tổ chức, cá nhân thuộc địa bàn quản lý vi phạm các quy định về các nội dung nêu trên. Kịp thời phát hiện và thông báo cho cơ quan chức năng các trường hợp vi phạm trên địa bàn có biện pháp xử lý hoặc trực tiếp xử lý vi phạm theo quy ước, hương ước;"
    },
    {
      code: "3.2",
      standard: "3",
      text: "Tổ chức cho Nhân dân thuộc địa bàn tổ dân phố, bản duy trì vệ sinh công cộng từ 1-2 lần/tháng."
    },
    { code: "3.3", standard: "3", text: "Các hộ sản xuất, kinh doanh có cam kết bảo vệ môi trường." },
    {
      code: "3.4",
      standard: "3",
      text: "Không có tình trạng tháo dỡ, di chuyển hoặc làm sai lệch công trình báo hiệu đường bộ; tự ý đặt các biển quảng cáo, dựng lều quán, mái che, mái vẩy; bày bán hàng hoá các loại trên hè, đường phố, hành lang an toàn giao thông."
    },
    {
      code: "3.5",
      standard: "3",
      text: "Vận động, thực hiện xã hội hóa: Điện chiếu sáng, cây xanh, xây dựng các công trình phúc lợi thuộc thẩm quyền; đường hoa, đèn hoa, cờ hoa... gắn với tuyến phố văn minh, kinh doanh văn minh."
    },
    {
      code: "4.1",
      standard: "4",
      text: "Khu dân cư thực hiện tốt các nội dung tự quản về văn hóa – nếp sống văn minh. Xây dựng tổ, dòng họ, câu lạc bộ, nhóm sở thích... góp phần phát triển kinh tế, du lịch, bảo vệ an ninh trật tự... Vận động xã hội hóa, xây dựng mô hình điển hình tiên tiến. Thường xuyên kiểm tra, nhắc nhở, báo cáo kịp thời cấp trên xử lý vi phạm (nếu có) về các nội dung nêu trên."
    },
    {
      code: "4.2",
      standard: "4",
      text: "Khu dân cư (Tổ dân phố, bản) đăng ký và thực hiện tốt các tiêu chí “Tuyến đường, phố văn minh đô thị”."
    },
    { code: "4.3", standard: "4", text: "Bản, tổ dân phố được công nhận “khu dân cư văn hóa”." },
    {
      code: "4.4",
      standard: "4",
      text: "85% trở lên hộ gia đình thực hiện tốt các quy định hiện hành về nếp sống văn minh trong việc cưới, việc tang, lễ hội và nếp sống văn minh đô thị."
    },
    {
      code: "5.1",
      standard: "5",
      text: "Thực hiện tốt công tác tự quản về giáo dục: Nắm chắc các hộ gia đình có học sinh trong độ tuổi đi học từ mầm non đến đại học (thống kê đầy đủ danh sách và thông tin của từng gia đình). Vận động 100% trẻ mẫu giáo 3-5 tuổi và học sinh trong độ tuổi tiểu học, THCS đến trường, không có học sinh bỏ học. Phối hợp với các nhà trường làm tốt công tác xã hội hóa giáo dục. Thực hiện tốt công tác khuyến học, khuyến tài."
    },
    {
      code: "5.2",
      standard: "5",
      text: "Thực hiện tốt công tác tự quản về y tế, dân số, gia đình, trẻ em: Tuyên truyền đến Nhân dân thực hiện tốt chương trình mục tiêu quốc gia về y tế, phòng chống dịch bệnh, an toàn vệ sinh thực phẩm. Phối hợp với Trạm y tế thực hiện tốt chương trình mục tiêu quốc gia về y tế, các chương trình y tế ở cơ sở. Không có trường hợp vi phạm chính sách dân số, kế hoạch hóa gia đình, tảo hôn."
    },
    {
      code: "5.3",
      standard: "5",
      text: "Thực hiện tốt công tác tự quản về an sinh xã hội – giảm nghèo bền vững: Nắm chắc các đối tượng; gia đình chính sách, yếu thế xã hội, hộ nghèo, cận nghèo; đề xuất cấp có thẩm quyền giải quyết kịp thời chính sách đối với các đối tượng. Vận động 100% hộ gia đình tham gia xây dựng quỹ đền ơn đáp nghĩa, quỹ vì người nghèo. Quan tâm giới thiệu và tạo việc làm cho người lao động chưa có việc làm. Tổ dân phố, bản không có hộ nghèo."
    },
    {
      code: "5.4",
      standard: "5",
      text: "Xây dựng quan hệ cộng đồng thân thiện, đoàn kết giúp nhau giảm nghèo bền vững; hợp tác phát triển kinh tế."
    },
    {
      code: "6.1",
      standard: "6",
      text: "Thực hiện tốt công tác tuyên truyền, vận động Nhân dân chấp hành tốt chủ trương, đường lối, chính sách của Đảng, pháp luật của Nhà nước, về quốc phòng, an ninh và các quy định của địa phương. Tham gia xây dựng và thực hiện nghiêm túc Hướng ước, Quy ước của khu dân cư; giữ gìn trật tự công cộng, trật tự an toàn giao thông, phòng chống cháy nổ, bảo vệ môi trường, thực hiện nếp sống văn hóa ở khu dân cư...; tham gia xây dựng tổ dân phố, bản vững mạnh; không để tổ chức, cá nhân và hộ gia đình thuộc địa bàn tổ dân phố, bản vi phạm các quy định về quốc phòng, an ninh."
    },
    {
      code: "6.2",
      standard: "6",
      text: "Chỉ đạo thôn đội trưởng, tổ dân quân, cán bộ, chiến sĩ dự bị động viên gương mẫu chấp hành và thực hiện nghiêm pháp luật, quy định của địa phương, thực hiện nghiêm chức trách, nhiệm vụ của cá nhân"
    },
    { code: "6.3", standard: "6", text: 'Được công nhận khu dân cư đạt tiêu chuẩn "An toàn về ANTT".' },
    {
      code: "6.4",
      standard: "6",
      text: "Thực hiện tốt phong trào toàn dân bảo vệ an ninh Tổ quốc. Phối hợp quản lý lực lượng: DQTV – DBĐV, công dân trong độ tuổi sẵn sàng nhập ngũ, công dân đã hoàn thành nghĩa vụ trở về địa phương."
    }
  ],
  disqualifiers: [
    { code: "II.1", text: "Khiếu kiện đông người và khiếu kiện vượt cấp trái pháp luật." },
    { code: "II.2", text: "Có điếm, tụ điếm ma túy, mại dâm." },
    { code: "II.3", text: "Có hoạt động lợi dụng tôn giáo vi phạm pháp luật." },
    {
      code: "II.4",
      text: "Có từ 10% trở lên số hộ vi phạm các quy định của tổ dân phố, bản, của xã, phường, thành phố Lai Châu."
    }
  ],
  note: "Tổ dân phố, bản được công nhận đạt tổ dân phố, bản tự quản, phát triển toàn diện khi: Ở các tiêu chuẩn đánh giá đều có ít nhất 80% trở lên số tiêu chí thành phần trong tiêu chuẩn đó được đánh giá ở mức đạt và không thuộc một trong số các trường hợp không đảm bảo tổ dân phố, bản phát triển toàn diện đã nêu ở bảng trên. Đồng thời phải đạt các tiêu chí tổ dân phố, bản thực hiện tốt các nội dung tự quản."
};

// src/core/frameworks/quynhvinh.ts
var quynhVinh6k3c = {
  id: "quynhvinh-6k3c",
  name: "Tổ tự quản Văn minh – An toàn (xã Quỳnh Vinh)",
  year: 2019,
  rule: "all-must-pass",
  unitWord: "tổ tự quản",
  wardWord: "thôn",
  source: "Kế hoạch số 95-KH/ĐU ngày 11/02/2019 của Đảng ủy xã Quỳnh Vinh",
  standards: [
    { code: "K", name: "6 không", threshold: 100 },
    { code: "C", name: "3 có", threshold: 100 }
  ],
  criteria: [
    {
      code: "K1",
      standard: "K",
      text: "Không lấn chiếm đất đai, xây dựng trái phép, lấn chiếm lòng, lề đường và vỉa hè"
    },
    { code: "K2", standard: "K", text: "Không có bạo lực gia đình" },
    { code: "K3", standard: "K", text: "Không có trẻ em bỏ học" },
    {
      code: "K4",
      standard: "K",
      text: "Không gây ô nhiễm môi trường, xả rác, nước thải bừa bãi nơi công cộng"
    },
    { code: "K5", standard: "K", text: "Không có người phạm tội, vi phạm pháp luật" },
    {
      code: "K6",
      standard: "K",
      text: "Không có các tệ nạn xã hội (Ma túy, mại dâm, cờ bạc, rượu chè bê tha...)"
    },
    {
      code: "C1",
      standard: "C",
      text: "Có đời sống văn hóa vui tươi, lành mạnh; sinh hoạt văn hóa cộng đồng theo định kỳ"
    },
    { code: "C2", standard: "C", text: "Có cảnh quan môi trường sáng - xanh - sạch - đẹp" },
    {
      code: "C3",
      standard: "C",
      text: "Có tinh thấn tương thân, tương ái, chia sẽ, giúp đỡ nhau khi hoạn nạn, khó khăn"
    }
  ],
  disqualifiers: [],
  note: "Tổ tự quản được công nhận đạt Tổ tự quản Văn minh – An toàn khi đạt đủ cả 9 tiêu chí (6 không, 3 có)."
};

// src/core/frameworks/index.ts
var BUILTIN_FRAMEWORKS = Object.freeze({
  [laiChau2021.id]: frameworkSchema.parse(laiChau2021),
  [quynhVinh6k3c.id]: frameworkSchema.parse(quynhVinh6k3c)
});
function looseKey(s) {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/[^a-z0-9]/g, "");
}
var ALIASES = /* @__PURE__ */ new Map([
  ["laichau", "laichau-2021"],
  ["quynhvinh", "quynhvinh-6k3c"]
]);
function builtinFramework(id) {
  const key = looseKey(String(id ?? "").trim());
  if (!key) return void 0;
  for (const fwId of Object.keys(BUILTIN_FRAMEWORKS)) {
    if (looseKey(fwId) === key) return BUILTIN_FRAMEWORKS[fwId];
  }
  const alias = ALIASES.get(key);
  return alias ? BUILTIN_FRAMEWORKS[alias] : void 0;
}

// src/core/legacy.ts
var ROWS_LOWER = [
  "aáàảãạ",
  "ăắằẳẵặ",
  "âấầẩẫậ",
  "eéèẻẽẹ",
  "êếềểễệ",
  "iíìỉĩị",
  "oóòỏõọ",
  "ôốồổỗộ",
  "ơớờởỡợ",
  "uúùủũụ",
  "ưứừửữự",
  "yýỳỷỹỵ"
];
var ROWS_UPPER = [
  "AÁÀẢÃẠ",
  "ĂẮẰẲẴẶ",
  "ÂẤẦẨẪẬ",
  "EÉÈẺẼẸ",
  "ÊẾỀỂỄỆ",
  "IÍÌỈĨỊ",
  "OÓÒỎÕỌ",
  "ÔỐỒỔỖỘ",
  "ƠỚỜỞỠỢ",
  "UÚÙỦŨỤ",
  "ƯỨỪỬỮỰ",
  "YÝỲỶỸỴ"
];
var TCVN3_CODES = [
  [97, 184, 181, 182, 183, 185],
  // a á à ả ã ạ
  [168, 190, 187, 188, 189, 198],
  // ă ắ ằ ẳ ẵ ặ
  [169, 202, 199, 200, 201, 203],
  // â ấ ầ ẩ ẫ ậ
  [101, 208, 204, 206, 207, 209],
  // e é è ẻ ẽ ẹ
  [170, 213, 210, 211, 212, 214],
  // ê ế ề ể ễ ệ
  [105, 221, 215, 216, 220, 222],
  // i í ì ỉ ĩ ị
  [111, 227, 223, 225, 226, 228],
  // o ó ò ỏ õ ọ
  [171, 232, 229, 230, 231, 233],
  // ô ố ồ ổ ỗ ộ
  [172, 237, 234, 235, 236, 238],
  // ơ ớ ờ ở ỡ ợ
  [117, 243, 239, 241, 242, 244],
  // u ú ù ủ ũ ụ
  [173, 248, 245, 246, 247, 249],
  // ư ứ ừ ử ữ ự   (0xAD is the soft hyphen U+00AD)
  [121, 253, 250, 251, 252, 254]
  // y ý ỳ ỷ ỹ ỵ
];
var TCVN3_UPPER_CODES = [
  [161, "Ă"],
  [162, "Â"],
  [163, "Ê"],
  [164, "Ô"],
  [165, "Ơ"],
  [166, "Ư"],
  [167, "Đ"],
  [174, "đ"]
];
var TCVN3_TABLE = (() => {
  const out = [];
  for (const [code, u] of TCVN3_UPPER_CODES) out.push([String.fromCharCode(code), u]);
  TCVN3_CODES.forEach((row, r) => {
    row.forEach((code, t) => {
      if (code >= 128) out.push([String.fromCharCode(code), ROWS_LOWER[r][t]]);
    });
  });
  return out;
})();
var TCVN3_DECODE = new Map(TCVN3_TABLE.map(([k, v]) => [k, v]));
function decodeTcvn3(s) {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    const m = TCVN3_DECODE.get(ch);
    out += m === void 0 ? ch : m;
  }
  return out.normalize("NFC");
}
var VNI_TONE_L = ["", "ù", "ø", "û", "õ", "ï"];
var VNI_TONE_U = ["", "Ù", "Ø", "Û", "Õ", "Ï"];
var VNI_CIRC_L = ["â", "á", "à", "å", "ã", "ä"];
var VNI_CIRC_U = ["Â", "Á", "À", "Å", "Ã", "Ä"];
var VNI_BREVE_L = ["ê", "é", "è", "ú", "ü", "ë"];
var VNI_BREVE_U = ["Ê", "É", "È", "Ú", "Ü", "Ë"];
var VNI_I_L = ["i", "í", "ì", "æ", "ó", "ò"];
var VNI_I_U = ["I", "Í", "Ì", "Æ", "Ó", "Ò"];
var VNI_Y_L = ["y", "yù", "yø", "yû", "yõ", "î"];
var VNI_Y_U = ["Y", "YÙ", "YØ", "YÛ", "YÕ", "Î"];
function vniRow(r, upper) {
  const tone = upper ? VNI_TONE_U : VNI_TONE_L;
  const circ = upper ? VNI_CIRC_U : VNI_CIRC_L;
  const breve = upper ? VNI_BREVE_U : VNI_BREVE_L;
  const with_ = (base, mods) => mods.map((m) => base + m);
  const a = upper ? "A" : "a";
  const e = upper ? "E" : "e";
  const o = upper ? "O" : "o";
  const u = upper ? "U" : "u";
  switch (r) {
    case 0:
      return with_(a, tone);
    case 1:
      return with_(a, breve);
    case 2:
      return with_(a, circ);
    case 3:
      return with_(e, tone);
    case 4:
      return with_(e, circ);
    case 5:
      return upper ? VNI_I_U : VNI_I_L;
    case 6:
      return with_(o, tone);
    case 7:
      return with_(o, circ);
    case 8:
      return with_(upper ? "Ô" : "ô", tone);
    case 9:
      return with_(u, tone);
    case 10:
      return with_(upper ? "Ö" : "ö", tone);
    default:
      return upper ? VNI_Y_U : VNI_Y_L;
  }
}
var VNI_TABLE = (() => {
  const out = [];
  for (const upper of [false, true]) {
    const rows = upper ? ROWS_UPPER : ROWS_LOWER;
    rows.forEach((row, r) => {
      vniRow(r, upper).forEach((spelling, t) => {
        if (spelling !== row[t]) out.push([spelling, row[t]]);
      });
    });
  }
  out.push(["ñ", "đ"], ["Ñ", "Đ"]);
  return out;
})();
var VNI_DECODE = (() => {
  const m = new Map(VNI_TABLE.map(([k, v]) => [k, v]));
  for (const [k, v] of VNI_TABLE) {
    if (k.length !== 2) continue;
    const [b, mod] = [k.charAt(0), k.charAt(1)];
    const flipped = mod === mod.toUpperCase() ? mod.toLowerCase() : mod.toUpperCase();
    if (!m.has(b + flipped)) m.set(b + flipped, v);
  }
  for (const [k, v] of [
    ["yï", "ỵ"],
    ["yÏ", "ỵ"],
    ["YÏ", "Ỵ"],
    ["Yï", "Ỵ"]
  ]) {
    if (!m.has(k)) m.set(k, v);
  }
  return m;
})();
function decodeVni(s) {
  let out = "";
  let i = 0;
  while (i < s.length) {
    if (i + 1 < s.length) {
      const two = VNI_DECODE.get(s.substr(i, 2));
      if (two !== void 0) {
        out += two;
        i += 2;
        continue;
      }
    }
    const ch = s.charAt(i);
    const one = VNI_DECODE.get(ch);
    out += one === void 0 ? ch : one;
    i++;
  }
  return out.normalize("NFC");
}
var VOWEL_INFO = (() => {
  const m = /* @__PURE__ */ new Map();
  for (const row of ROWS_LOWER) for (let t = 0; t < 6; t++) m.set(row.charAt(t), [row.charAt(0), t]);
  return m;
})();
var CONSONANTS = "bcdđghklmnpqrstvx";
var INITIALS = [
  "",
  "b",
  "c",
  "ch",
  "d",
  "đ",
  "g",
  "gh",
  "gi",
  "h",
  "k",
  "kh",
  "l",
  "m",
  "n",
  "ng",
  "ngh",
  "nh",
  "p",
  "ph",
  "qu",
  "r",
  "s",
  "t",
  "th",
  "tr",
  "v",
  "x"
];
var COMMON_RIMES = "a ai ao au ay ac ach am an ang anh ap at ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây e eo ec em en eng ep et ê êch êm ên ênh êp êt êu i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu y yêm yên yêt yêu o oc oi om on ong op ot oa oac oach oai oam oan oang oanh oap oat oay oăc oăn oăt oe oen oet oeo ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt u ua uc ui um un ung up ut uân uât uâng uây uê uy uya uyên uyêt uynh uyt uơ uôc uôi uôm uôn uông uôt ư ưa ưc ưi ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu".split(" ");
var RARE_RIMES = "oong ooc oông ôông oao oăm oăng uêch uênh uych uyu yêng ưm ưn".split(" ");
var QU_ONLY_RIMES = "ynh yt yu ych".split(" ");
var RIME_WEIGHT = /* @__PURE__ */ new Map();
for (const r of COMMON_RIMES) RIME_WEIGHT.set(r, 2);
for (const r of RARE_RIMES) RIME_WEIGHT.set(r, 1);
function isStop(rime) {
  return /(c|ch|p|t)$/.test(rime);
}
var VOWELS = "aăâeêioôơuưy";
var MARKED_VOWELS = "ăâêôơư";
function tonePositions(rime) {
  const vowels = [];
  for (let i = 0; i < rime.length; i++) if (VOWELS.indexOf(rime.charAt(i)) >= 0) vowels.push(i);
  const horn = rime.indexOf("ươ");
  if (horn >= 0) return [horn + 1];
  const marked = vowels.filter((i) => MARKED_VOWELS.indexOf(rime.charAt(i)) >= 0);
  if (marked.length > 0) return marked;
  const last = vowels[vowels.length - 1];
  if (last < rime.length - 1) return [last];
  if (vowels.length === 1) return vowels;
  if (vowels.length === 2) return /^(oa|oe|uy)$/.test(rime) ? vowels : [vowels[0]];
  return [vowels[1]];
}
function syllableWeight(word) {
  const w = word.toLowerCase();
  let base = "";
  let tone = 0;
  let tonePos = -1;
  for (let i = 0; i < w.length; i++) {
    const ch = w.charAt(i);
    const v = VOWEL_INFO.get(ch);
    if (v) {
      if (v[1] !== 0) {
        if (tone !== 0) return 0;
        tone = v[1];
        tonePos = i;
      }
      base += v[0];
    } else if (CONSONANTS.indexOf(ch) >= 0) {
      base += ch;
    } else {
      return 0;
    }
  }
  let best = 0;
  for (const init of INITIALS) {
    if (base.length <= init.length || base.slice(0, init.length) !== init) continue;
    const rime = base.slice(init.length);
    let weight = RIME_WEIGHT.get(rime) ?? 0;
    if (weight === 0 && init === "qu" && QU_ONLY_RIMES.indexOf(rime) >= 0) weight = 2;
    if (weight === 0) continue;
    if (isStop(rime) && tone !== 1 && tone !== 5) continue;
    if (tone !== 0 && tonePositions(rime).indexOf(tonePos - init.length) < 0) continue;
    if (weight > best) best = weight;
  }
  return best;
}
var CP1252_EXTRA = /* @__PURE__ */ new Set([
  338,
  339,
  352,
  353,
  376,
  381,
  382,
  402,
  710,
  732,
  8211,
  8212,
  8216,
  8217,
  8218,
  8222,
  8220,
  8221,
  8224,
  8225,
  8226,
  8230,
  8240,
  8249,
  8250,
  8364,
  8482
]);
var VIETNAMESE_LATIN1 = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ";
var TCVN3_STRONG = new Set(
  TCVN3_TABLE.map(([k]) => k).filter((k) => VIETNAMESE_LATIN1.indexOf(k) < 0)
);
var VNI_STRONG = (() => {
  const set = /* @__PURE__ */ new Set();
  for (const [k] of VNI_TABLE) {
    for (let i = 0; i < k.length; i++) {
      const ch = k.charAt(i);
      if (ch.charCodeAt(0) >= 128 && VIETNAMESE_LATIN1.indexOf(ch) < 0) set.add(ch);
    }
  }
  return set;
})();
var TCVN3_WORD_HINTS = /* @__PURE__ */ new Set(["cã"]);
function isAsciiLetter(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122;
}
function isLatin1Letter(c) {
  return c >= 192 && c <= 255 && c !== 215 && c !== 247;
}
function tokens(s, enc) {
  const out = [];
  let cur = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    const c = ch.charCodeAt(0);
    if (isAsciiLetter(c) || isLatin1Letter(c) || enc === "tcvn3" && TCVN3_DECODE.has(ch)) {
      cur += ch;
    } else if (cur) {
      out.push(cur);
      cur = "";
    }
  }
  if (cur) out.push(cur);
  return out;
}
function hasInnerLatin1Capital(token) {
  if (!/[a-z\u00df-\u00f6\u00f8-\u00ff]/.test(token)) return false;
  for (let i = 1; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 192 && c <= 222 && c !== 215) return true;
  }
  return false;
}
function score(s, enc) {
  const decode = enc === "tcvn3" ? decodeTcvn3 : decodeVni;
  const strong = enc === "tcvn3" ? TCVN3_STRONG : VNI_STRONG;
  let good = 0;
  let bad = 0;
  for (const token of tokens(s, enc)) {
    if (!/[\u0080-\uffff]/.test(token)) continue;
    const dec = decode(token);
    if (dec === token) continue;
    const w = syllableWeight(dec);
    if (w === 0) {
      bad++;
      continue;
    }
    if (token.length < 2) continue;
    let evidence = syllableWeight(token) === 0 || hasInnerLatin1Capital(token);
    for (let i = 0; !evidence && i < token.length; i++) evidence = strong.has(token.charAt(i));
    if (!evidence && enc === "tcvn3") evidence = TCVN3_WORD_HINTS.has(token.toLowerCase());
    if (evidence) good += w;
  }
  return { good, bad };
}
function inLegacyRange(s) {
  let nonAscii = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) continue;
    if (c > 255 && !CP1252_EXTRA.has(c)) return false;
    nonAscii = true;
  }
  return nonAscii;
}
function detectLegacyEncoding(s) {
  if (typeof s !== "string" || !inLegacyRange(s)) return null;
  const t = score(s, "tcvn3");
  const v = score(s, "vni");
  const tOk = t.good >= 1 && t.good > t.bad;
  const vOk = v.good >= 1 && v.good > v.bad;
  if (tOk && vOk) return v.good - v.bad > t.good - t.bad ? "vni" : "tcvn3";
  if (tOk) return "tcvn3";
  if (vOk) return "vni";
  return null;
}
function fixTcvn3(s) {
  const ascii = s.replace(/[^A-Za-z]/g, "");
  const allCaps = ascii.length >= 2 && ascii === ascii.toUpperCase();
  return s.replace(/[A-Za-z\u00a1-\u00ff]+/g, (word) => {
    const dec = decodeTcvn3(word);
    if (dec === word) return word;
    const letters = word.replace(/[^A-Za-z]/g, "");
    const capsWord = letters.length >= 1 && letters === letters.toUpperCase() && (letters.length >= 2 || !isAsciiLetter(word.charCodeAt(0)));
    return allCaps || capsWord ? dec.toUpperCase() : dec;
  });
}
function fixLegacyText(s) {
  if (typeof s !== "string") return s;
  const enc = detectLegacyEncoding(s);
  if (enc === "tcvn3") return fixTcvn3(s);
  if (enc === "vni") return decodeVni(s);
  return s;
}

// src/core/text.ts
function cleanText(value) {
  if (value === null || value === void 0) return "";
  const s = String(value).normalize("NFC").replace(/[\u00a0\u2000-\u200b\u202f\u3000\ufeff]/g, " ").replace(/\s+/g, " ").trim();
  return fixLegacyText(s).normalize("NFC");
}
function foldKey(value) {
  return cleanText(value).toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").normalize("NFC");
}

// src/core/cell.ts
var PASS = /* @__PURE__ */ new Set(["dat", "d", "x", "✓", "✔", "☑", "true", "1"]);
var FAIL = /* @__PURE__ */ new Set(["khongdat", "kd", "k", "false", "0", "chuadat", "kodat", "kdat", "✗", "✘"]);
var NOT_APPLICABLE = /* @__PURE__ */ new Set(["khongapdung", "kad", "na", "-", "–", "kap", "khongxet"]);
var YES = /* @__PURE__ */ new Set(["co", "true", "1", "x", "✓", "✔", "☑"]);
var NO = /* @__PURE__ */ new Set(["khong", "k", "false", "0", "ko"]);
function compact(value) {
  const key = foldKey(value);
  return key === "-" || key === "–" ? key : key.replace(/[\s._/]/g, "");
}
function isBlank(value) {
  return value === null || value === void 0 || typeof value === "string" && cleanText(value) === "";
}
function readCriterion(value) {
  if (isBlank(value)) return "missing";
  if (value === true) return "pass";
  if (value === false) return "fail";
  if (value instanceof Date) return "invalid";
  if (typeof value === "number") return value === 1 ? "pass" : value === 0 ? "fail" : "invalid";
  const key = compact(value);
  if (PASS.has(key)) return "pass";
  if (FAIL.has(key)) return "fail";
  if (NOT_APPLICABLE.has(key)) return "na";
  return "invalid";
}
function readDisqualifier(value) {
  if (isBlank(value) || value === false) return "no";
  if (value === true) return "yes";
  if (value instanceof Date) return "invalid";
  if (typeof value === "number") return value === 1 ? "yes" : value === 0 ? "no" : "invalid";
  const key = compact(value);
  if (YES.has(key)) return "yes";
  if (NO.has(key)) return "no";
  return "invalid";
}
function showValue(value) {
  if (value instanceof Date) {
    const pad = (n) => String(n).padStart(2, "0");
    return `${pad(value.getDate())}/${pad(value.getMonth() + 1)}/${value.getFullYear()}`;
  }
  if (value === true) return "TRUE";
  if (value === false) return "FALSE";
  return String(value ?? "");
}

// src/core/verdict.ts
function neededFor(threshold, applicable) {
  return Math.floor((threshold * applicable + 99) / 100);
}
function judge(fw2, unit) {
  const invalid = [];
  const missing = [];
  const failing = [];
  const standards = fw2.standards.map((s) => {
    const threshold = fw2.rule === "all-must-pass" ? 100 : s.threshold;
    const r = {
      code: s.code,
      name: s.name,
      threshold,
      passed: 0,
      applicable: 0,
      needed: 0,
      status: "pass",
      failedCodes: [],
      missingCodes: []
    };
    let unknown = 0;
    for (const c of fw2.criteria) {
      if (c.standard !== s.code || !criterionApplies(c, unit.unitType, unit.wardKind)) continue;
      const raw = unit.criteria[c.code];
      const state = readCriterion(raw);
      if (state === "na") continue;
      r.applicable++;
      if (state === "pass") r.passed++;
      else if (state === "fail") r.failedCodes.push(c.code);
      else {
        unknown++;
        if (state === "missing") r.missingCodes.push(c.code);
        else
          invalid.push({
            code: c.code,
            value: showValue(raw),
            message: msg.cellInvalid(c.code, showValue(raw))
          });
      }
    }
    r.needed = neededFor(threshold, r.applicable);
    const worstPasses = r.passed * 100 >= threshold * r.applicable;
    const bestPasses = (r.passed + unknown) * 100 >= threshold * r.applicable;
    r.status = worstPasses ? "pass" : bestPasses ? "missing" : "fail";
    missing.push(...r.missingCodes);
    failing.push(...r.failedCodes);
    return r;
  });
  const disqualified = [];
  for (const d of fw2.disqualifiers) {
    const raw = unit.disqualifiers?.[d.code];
    const state = readDisqualifier(raw);
    if (state === "yes") disqualified.push(d.code);
    else if (state === "invalid")
      invalid.push({
        code: d.code,
        value: showValue(raw),
        message: msg.disqualifierInvalid(d.code, showValue(raw))
      });
  }
  const verdict = invalid.length ? "invalid" : disqualified.length || standards.some((s) => s.status === "fail") ? "fail" : standards.some((s) => s.status === "missing") ? "missing" : "pass";
  const gaps = verdict === "pass" ? "" : describeGaps(standards, disqualified, invalid);
  const explanation = verdict === "pass" ? fw2.rule === "all-must-pass" ? msg.explainAllPass() : msg.explainPass(fw2.unitWord) : verdict === "fail" ? msg.explainFail(gaps) : verdict === "missing" ? msg.explainMissing(gaps) : msg.explainInvalid(gaps);
  return { verdict, standards, failing, disqualified, missing, invalid, gaps, explanation };
}
function describeGaps(standards, disqualified, invalid) {
  const parts = [];
  if (invalid.length) parts.push(msg.gapInvalid(invalid.map((i) => i.message)));
  for (const s of standards) {
    const label = msg.standardLabel(s.code);
    if (s.status === "fail") parts.push(msg.gapNeedMore(label, s.needed - s.passed, s.failedCodes));
    else if (s.status === "missing" && s.missingCodes.length) parts.push(msg.gapBlank(label, s.missingCodes));
  }
  if (disqualified.length) parts.push(msg.gapDisqualified(disqualified));
  return parts.join("; ");
}
function verdictLabel(r) {
  if (r.verdict === "invalid") return `${msg.errorPrefix}${r.invalid.map((i) => i.message).join("; ")}`;
  return VERDICT[r.verdict];
}

// src/cli/main.ts
var fw = builtinFramework("laichau-2021");
var all = Object.fromEntries(fw.criteria.map((c) => [c.code, "Đạt"]));
var samples = [
  { name: "Tổ dân phố số 5", criteria: all },
  { name: "Tổ dân phố số 9", criteria: { ...all, "1.3": "Không đạt" } },
  { name: "Bản Sùng Chồ", criteria: { ...all, "2.3": "" } }
];
for (const s of samples) {
  const r = judge(fw, { criteria: s.criteria });
  console.log(`${s.name}: ${verdictLabel(r)}${r.gaps ? ` — ${r.gaps}` : ""}`);
}
