import { builtinFramework } from "../core/frameworks";
import { judge, verdictLabel } from "../core/verdict";

const fw = builtinFramework("laichau-2021")!;
const all = Object.fromEntries(fw.criteria.map((c) => [c.code, "Đạt"]));
const samples = [
  { name: "Tổ dân phố số 5", criteria: all },
  { name: "Tổ dân phố số 9", criteria: { ...all, "1.3": "Không đạt" } },
  { name: "Bản Sùng Chồ", criteria: { ...all, "2.3": "" } },
];
for (const s of samples) {
  const r = judge(fw, { criteria: s.criteria });
  console.log(`${s.name}: ${verdictLabel(r)}${r.gaps ? ` — ${r.gaps}` : ""}`);
}
