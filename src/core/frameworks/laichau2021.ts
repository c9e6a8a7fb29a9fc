import type { FrameworkInput } from "../framework";

/**
 * Built-in framework of Lai Châu city: "Biểu các tiêu chí đánh giá tổ dân phố, bản tự quản, phát triển
 * toàn diện", appendix of plan 627/KH-UBND (22/3/2021). Texts are copied from the plan; where its two
 * copies of the table differ, the corrected copy is used. The city office may edit the framework per year.
 */
export const laiChau2021: FrameworkInput = {
  id: "laichau-2021",
  name: "Tổ dân phố, bản tự quản, phát triển toàn diện (thành phố Lai Châu)",
  year: 2021,
  rule: "per-standard-threshold",
  unitWord: "tổ dân phố, bản",
  wardWord: "xã, phường",
  placeWord: "thành phố",
  titleWord: "tự quản, phát triển toàn diện",
  source: "Phụ lục Kế hoạch số 627/KH-UBND ngày 22/3/2021 của UBND thành phố Lai Châu",
  standards: [
    {
      code: "1",
      name: "Củng cố, kiện toàn nâng cao chất lượng, hiệu quả hoạt động của đội ngũ người hoạt động không chuyên trách và các chức danh khác ở tổ dân phố, bản",
      threshold: 80,
    },
    {
      code: "2",
      name: "Phát huy tiềm năng, thế mạnh của khu dân cư (tổ dân phố, bản) để phát triển kinh tế theo hướng toàn diện gắn với việc thực hiện các chỉ tiêu phát triển kinh tế - xã hội được giao hàng năm",
      threshold: 80,
    },
    { code: "3", name: "Tự quản về quản lý đô thị, đất đai và tài nguyên môi trường", threshold: 80 },
    {
      code: "4",
      name: "Xây dựng khu dân cư (tổ dân phố, bản) tự quản sáng - xanh – sạch – đẹp, văn minh, tiên tiến, phát huy bản sắc văn hóa dân tộc.",
      threshold: 80,
    },
    {
      code: "5",
      name: "Thực hiện tốt công tác giáo dục và đào tạo, y tế; đảm bảo an sinh xã hội, giảm nghèo bền vững",
      threshold: 80,
    },
    { code: "6", name: "Thực hiện tốt công tác tự quản về quốc phòng, an ninh tại địa bàn", threshold: 80 },
  ],
  criteria: [
    {
      code: "1.1",
      standard: "1",
      text: "100% các chức danh chủ chốt của chi bộ, tổ dân phố, bản, ban công tác mặt trận và các đoàn thể tại tổ dân phố, bản được bồi dưỡng nâng cao kiến thức, chuyên môn, nghiệp vụ theo quy định.",
    },
    {
      code: "1.2",
      standard: "1",
      text: "Bí thư chi bộ, Tổ trưởng tổ dân phố, bản, Trưởng ban Công tác Mặt trận lãnh đạo toàn diện các hoạt động của tổ dân phố, bản, kịp thời chỉ đạo triển khai thực hiện tốt nhiệm vụ theo quy định. Chi bộ tổ dân phố, bản; Ban công tác MT và các đoàn thể xếp loại hoàn thành tốt nhiệm vụ trở lên.",
    },
    {
      code: "1.3",
      standard: "1",
      text: "98% trở lên các hộ gia đình nghiêm chỉnh thực hiện chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước và các quy định của địa phương.",
    },
    {
      code: "1.4",
      standard: "1",
      text: "100% hộ dân thực hiện tốt quy ước cộng đồng; tổ dân phố, bản có tổ tự quản hoạt động thường xuyên, hiệu quả; mâu thuẫn, bất hòa được giải quyết tại cộng đồng; thực hiện tốt quy chế dân chủ ở cơ sở, công tác hòa giải ở cơ sở; không có khiếu kiện đông người, vượt cấp, trái pháp luật.",
    },
    {
      code: "2.1",
      standard: "2",
      text: "Khuyến khích các hộ sản xuất kinh doanh ở tổ dân phố, bản nâng cao các sản phẩm CN – TTCN truyền thống của địa phương (công nghiệp chế biến nông sản, chè, gạo...).",
    },
    {
      code: "2.2",
      standard: "2",
      text: "Tuyên truyền, vận động Nhân dân xây dựng các mô hình phát triển kinh tế. Phấn đấu mỗi tổ dân phố, bản có ít nhất một mô hình phát triển kinh tế điển hình trở lên.",
    },
    {
      code: "2.3",
      standard: "2",
      text: "Năm và tự quản chặt chẽ các hoạt động sản xuất, kinh doanh, dịch vụ trên địa bàn (Việc đăng ký kinh doanh, nghĩa vụ nộp thuế, v.v...); nắm chắc kế hoạch, khung thời vụ để chủ động trong việc sản xuất nông nghiệp.",
    },
    {
      code: "2.4",
      standard: "2",
      text: "Thường xuyên phối hợp kiểm tra việc sản xuất kinh doanh của các cơ sở trên địa bàn. Phát hiện báo cáo kịp thời đến cơ quan chức năng những vụ việc sản xuất kinh doanh, dịch vụ trái pháp luật.",
    },
    {
      code: "2.5",
      standard: "2",
      text: "Hướng dẫn và đề xuất với cơ quan chức năng hỗ trợ về vốn, đất đai, xây dựng, các thủ tục hành chính... cho tập thể, cá nhân sản xuất kinh doanh.",
    },
    {
      code: "2.6",
      standard: "2",
      text: "Đối với bản sản xuất nông nghiệp: Tuyên truyền, vận động Nhân dân tích cực sản xuất thâm canh tăng vụ, chuyển đổi cây trồng, vật nuôi gắn với sản xuất nông nghiệp hàng hóa tập trung, chuyên canh, khuyến khích xây dựng được sản phẩm OCOP, các mặt hàng đặc sản của địa phương... Đối với Tổ dân phố: Xây dựng được ít nhất một “tuyến đường, phố kinh doanh văn minh đô thị”.",
      variants: [
        {
          unitTypes: ["ban"],
          text: "Đối với bản sản xuất nông nghiệp: Tuyên truyền, vận động Nhân dân tích cực sản xuất thâm canh tăng vụ, chuyển đổi cây trồng, vật nuôi gắn với sản xuất nông nghiệp hàng hóa tập trung, chuyên canh, khuyến khích xây dựng được sản phẩm OCOP, các mặt hàng đặc sản của địa phương...",
        },
        {
          unitTypes: ["tdp"],
          text: "Đối với Tổ dân phố: Xây dựng được ít nhất một “tuyến đường, phố kinh doanh văn minh đô thị”.",
        },
      ],
    },
    {
      code: "2.7",
      standard: "2",
      text: "Vận động được Nhân dân đóng góp xây dựng và nâng cấp cơ sở vật chất hạ tầng kinh tế, văn hóa, xã hội ở cộng đồng dân cư; các hộ gia đình tích cực tham gia thực hiện cuộc vận động xây dựng nông thôn mới (đối với bản thuộc xã xây dựng nông thôn mới), tham gia xây dựng phường đạt chuẩn văn minh đô thị (đối với tổ dân phố, bản thuộc phường).",
      variants: [
        {
          wardKinds: ["xa"],
          text: "Vận động được Nhân dân đóng góp xây dựng và nâng cấp cơ sở vật chất hạ tầng kinh tế, văn hóa, xã hội ở cộng đồng dân cư; các hộ gia đình tích cực tham gia thực hiện cuộc vận động xây dựng nông thôn mới.",
        },
        {
          wardKinds: ["phuong"],
          text: "Vận động được Nhân dân đóng góp xây dựng và nâng cấp cơ sở vật chất hạ tầng kinh tế, văn hóa, xã hội ở cộng đồng dân cư; các hộ gia đình tích cực tham gia xây dựng phường đạt chuẩn văn minh đô thị.",
        },
      ],
    },
    {
      code: "3.1",
      standard: "3",
      text: "Thực hiện tốt các nội dung tự quản về quản lý đô thị, đất đai và tài nguyên môi trường. Vận động và tuyên truyền, tổ chức cho các hộ gia đình, hộ sản xuất kinh doanh ký cam kết về thực hiện các quy định, Quy chế về: Quản lý, quy hoạch, xây dựng, kiến trúc đô thị, cây xanh, nghĩa trang đô thị, tự ý chuyển đổi mục đích sử dụng đất, xây dựng sai phép, trái phép... và các quy ước, hương ước của tổ dân phố, bản, không để xảy ra tình trạng tổ chức, cá nhân thuộc địa bàn quản lý vi phạm các quy định về các nội dung nêu trên. Kịp thời phát hiện và thông báo cho cơ quan chức năng các trường hợp vi phạm trên địa bàn có biện pháp xử lý hoặc trực tiếp xử lý vi phạm theo quy ước, hương ước;",
    },
    {
      code: "3.2",
      standard: "3",
      text: "Tổ chức cho Nhân dân thuộc địa bàn tổ dân phố, bản duy trì vệ sinh công cộng từ 1-2 lần/tháng.",
    },
    { code: "3.3", standard: "3", text: "Các hộ sản xuất, kinh doanh có cam kết bảo vệ môi trường." },
    {
      code: "3.4",
      standard: "3",
      text: "Không có tình trạng tháo dỡ, di chuyển hoặc làm sai lệch công trình báo hiệu đường bộ; tự ý đặt các biển quảng cáo, dựng lều quán, mái che, mái vẩy; bày bán hàng hoá các loại trên hè, đường phố, hành lang an toàn giao thông.",
    },
    {
      code: "3.5",
      standard: "3",
      text: "Vận động, thực hiện xã hội hóa: Điện chiếu sáng, cây xanh, xây dựng các công trình phúc lợi thuộc thẩm quyền; đường hoa, đèn hoa, cờ hoa... gắn với tuyến phố văn minh, kinh doanh văn minh.",
    },
    {
      code: "4.1",
      standard: "4",
      text: "Khu dân cư thực hiện tốt các nội dung tự quản về văn hóa – nếp sống văn minh. Xây dựng tổ, dòng họ, câu lạc bộ, nhóm sở thích... góp phần phát triển kinh tế, du lịch, bảo vệ an ninh trật tự... Vận động xã hội hóa, xây dựng mô hình điển hình tiên tiến. Thường xuyên kiểm tra, nhắc nhở, báo cáo kịp thời cấp trên xử lý vi phạm (nếu có) về các nội dung nêu trên.",
    },
    {
      code: "4.2",
      standard: "4",
      text: "Khu dân cư (Tổ dân phố, bản) đăng ký và thực hiện tốt các tiêu chí “Tuyến đường, phố văn minh đô thị”.",
    },
    { code: "4.3", standard: "4", text: "Bản, tổ dân phố được công nhận “khu dân cư văn hóa”." },
    {
      code: "4.4",
      standard: "4",
      text: "85% trở lên hộ gia đình thực hiện tốt các quy định hiện hành về nếp sống văn minh trong việc cưới, việc tang, lễ hội và nếp sống văn minh đô thị.",
    },
    {
      code: "5.1",
      standard: "5",
      text: "Thực hiện tốt công tác tự quản về giáo dục: Nắm chắc các hộ gia đình có học sinh trong độ tuổi đi học từ mầm non đến đại học (thống kê đầy đủ danh sách và thông tin của từng gia đình). Vận động 100% trẻ mẫu giáo 3-5 tuổi và học sinh trong độ tuổi tiểu học, THCS đến trường, không có học sinh bỏ học. Phối hợp với các nhà trường làm tốt công tác xã hội hóa giáo dục. Thực hiện tốt công tác khuyến học, khuyến tài.",
    },
    {
      code: "5.2",
      standard: "5",
      text: "Thực hiện tốt công tác tự quản về y tế, dân số, gia đình, trẻ em: Tuyên truyền đến Nhân dân thực hiện tốt chương trình mục tiêu quốc gia về y tế, phòng chống dịch bệnh, an toàn vệ sinh thực phẩm. Phối hợp với Trạm y tế thực hiện tốt chương trình mục tiêu quốc gia về y tế, các chương trình y tế ở cơ sở. Không có trường hợp vi phạm chính sách dân số, kế hoạch hóa gia đình, tảo hôn.",
    },
    {
      code: "5.3",
      standard: "5",
      text: "Thực hiện tốt công tác tự quản về an sinh xã hội – giảm nghèo bền vững: Nắm chắc các đối tượng; gia đình chính sách, yếu thế xã hội, hộ nghèo, cận nghèo; đề xuất cấp có thẩm quyền giải quyết kịp thời chính sách đối với các đối tượng. Vận động 100% hộ gia đình tham gia xây dựng quỹ đền ơn đáp nghĩa, quỹ vì người nghèo. Quan tâm giới thiệu và tạo việc làm cho người lao động chưa có việc làm. Tổ dân phố, bản không có hộ nghèo.",
    },
    {
      code: "5.4",
      standard: "5",
      text: "Xây dựng quan hệ cộng đồng thân thiện, đoàn kết giúp nhau giảm nghèo bền vững; hợp tác phát triển kinh tế.",
    },
    {
      code: "6.1",
      standard: "6",
      text: "Thực hiện tốt công tác tuyên truyền, vận động Nhân dân chấp hành tốt chủ trương, đường lối, chính sách của Đảng, pháp luật của Nhà nước, về quốc phòng, an ninh và các quy định của địa phương. Tham gia xây dựng và thực hiện nghiêm túc Hướng ước, Quy ước của khu dân cư; giữ gìn trật tự công cộng, trật tự an toàn giao thông, phòng chống cháy nổ, bảo vệ môi trường, thực hiện nếp sống văn hóa ở khu dân cư...; tham gia xây dựng tổ dân phố, bản vững mạnh; không để tổ chức, cá nhân và hộ gia đình thuộc địa bàn tổ dân phố, bản vi phạm các quy định về quốc phòng, an ninh.",
    },
    {
      code: "6.2",
      standard: "6",
      text: "Chỉ đạo thôn đội trưởng, tổ dân quân, cán bộ, chiến sĩ dự bị động viên gương mẫu chấp hành và thực hiện nghiêm pháp luật, quy định của địa phương, thực hiện nghiêm chức trách, nhiệm vụ của cá nhân",
    },
    { code: "6.3", standard: "6", text: 'Được công nhận khu dân cư đạt tiêu chuẩn "An toàn về ANTT".' },
    {
      code: "6.4",
      standard: "6",
      text: "Thực hiện tốt phong trào toàn dân bảo vệ an ninh Tổ quốc. Phối hợp quản lý lực lượng: DQTV – DBĐV, công dân trong độ tuổi sẵn sàng nhập ngũ, công dân đã hoàn thành nghĩa vụ trở về địa phương.",
    },
  ],
  disqualifiers: [
    { code: "II.1", text: "Khiếu kiện đông người và khiếu kiện vượt cấp trái pháp luật." },
    { code: "II.2", text: "Có điếm, tụ điếm ma túy, mại dâm." },
    { code: "II.3", text: "Có hoạt động lợi dụng tôn giáo vi phạm pháp luật." },
    {
      code: "II.4",
      text: "Có từ 10% trở lên số hộ vi phạm các quy định của tổ dân phố, bản, của xã, phường, thành phố Lai Châu.",
    },
  ],
  note: "Tổ dân phố, bản được công nhận đạt tổ dân phố, bản tự quản, phát triển toàn diện khi: Ở các tiêu chuẩn đánh giá đều có ít nhất 80% trở lên số tiêu chí thành phần trong tiêu chuẩn đó được đánh giá ở mức đạt và không thuộc một trong số các trường hợp không đảm bảo tổ dân phố, bản phát triển toàn diện đã nêu ở bảng trên. Đồng thời phải đạt các tiêu chí tổ dân phố, bản thực hiện tốt các nội dung tự quản.",
};
