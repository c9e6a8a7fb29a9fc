import type { FrameworkInput } from "../framework";

/**
 * Built-in framework of Quỳnh Vinh commune: "Tổ tự quản Văn minh – An toàn", 9 criteria "6 không, 3 có"
 * from plan 95-KH/ĐU (11/02/2019). Texts are the plan's list items without the list punctuation.
 */
export const quynhVinh6k3c: FrameworkInput = {
  id: "quynhvinh-6k3c",
  name: "Tổ tự quản Văn minh – An toàn (xã Quỳnh Vinh)",
  year: 2019,
  rule: "all-must-pass",
  unitWord: "tổ tự quản",
  wardWord: "thôn",
  placeWord: "xã",
  titleWord: "tổ tự quản Văn minh – An toàn",
  source: "Kế hoạch số 95-KH/ĐU ngày 11/02/2019 của Đảng ủy xã Quỳnh Vinh",
  standards: [
    { code: "K", name: "6 không", threshold: 100 },
    { code: "C", name: "3 có", threshold: 100 },
  ],
  criteria: [
    {
      code: "K1",
      standard: "K",
      text: "Không lấn chiếm đất đai, xây dựng trái phép, lấn chiếm lòng, lề đường và vỉa hè",
    },
    { code: "K2", standard: "K", text: "Không có bạo lực gia đình" },
    { code: "K3", standard: "K", text: "Không có trẻ em bỏ học" },
    {
      code: "K4",
      standard: "K",
      text: "Không gây ô nhiễm môi trường, xả rác, nước thải bừa bãi nơi công cộng",
    },
    { code: "K5", standard: "K", text: "Không có người phạm tội, vi phạm pháp luật" },
    {
      code: "K6",
      standard: "K",
      text: "Không có các tệ nạn xã hội (Ma túy, mại dâm, cờ bạc, rượu chè bê tha...)",
    },
    {
      code: "C1",
      standard: "C",
      text: "Có đời sống văn hóa vui tươi, lành mạnh; sinh hoạt văn hóa cộng đồng theo định kỳ",
    },
    { code: "C2", standard: "C", text: "Có cảnh quan môi trường sáng - xanh - sạch - đẹp" },
    {
      code: "C3",
      standard: "C",
      text: "Có tinh thấn tương thân, tương ái, chia sẽ, giúp đỡ nhau khi hoạn nạn, khó khăn",
    },
  ],
  disqualifiers: [],
  note: "Tổ tự quản được công nhận đạt Tổ tự quản Văn minh – An toàn khi đạt đủ cả 9 tiêu chí (6 không, 3 có).",
};
