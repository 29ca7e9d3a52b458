#!/usr/bin/env python3
"""Generates aspire-host/EduPlatform.DemoCounty/demo/units.csv: the demo county town's residential units.

A 14 x 12 grid (about 550 m x 575 m a cell) over the county town 清泉镇 around its 8 public primary and 4 junior
schools, corners cut off, a river (no adjacency) running north-south between columns 4 and 5 except at three bridges,
communities (小区) in the centre and villages (村) at the edge, and 2025 entrants denser in the old town (south-west)
so the planner has crowding to relieve. Deterministic; invented names. Run: python3 tools/demo-data/county_town_units.py
"""
import csv, math, random, os

random.seed(20250301)
ROWS, COLS = 14, 12
LAT0, LON0, DLAT, DLON = 30.414, 115.226, 0.005, 0.006
BRIDGE_ROWS = {2, 6, 10}

def cut(r, c):  # the town's irregular outline
    return (r + c < 2) or (r + (COLS - 1 - c) < 2) or ((ROWS - 1 - r) + c < 1) or ((ROWS - 1 - r) + (COLS - 1 - c) < 3)

first = ["锦绣", "阳光", "碧水", "滨江", "文昌", "凤凰", "金色", "翠竹", "书香", "桂花", "紫荆", "东方", "学府", "江南", "御景", "丽景",
         "和平", "幸福", "朝阳", "龙湾", "华府", "春晖", "明珠", "铂悦", "星河", "盛世", "荷塘", "玉兰", "万福", "长安", "天誉", "香樟",
         "北辰", "汇景", "金桥", "怡和", "嘉禾", "梧桐", "银湖", "雅苑", "清华", "博雅", "东湖", "西岭", "南湖", "望江", "丰泽", "康乐"]
second = ["花园", "小区", "家园", "苑", "新村", "公馆", "名都", "雅居"]
surnames = ["李家", "王家", "张湾", "陈家", "刘家", "周家", "吴家", "郑家", "孙家", "胡家", "高家", "林家", "何家", "罗家", "宋家",
            "谢家", "唐家", "韩家", "冯家", "邓家", "曹家", "彭家", "曾家", "肖家", "田家", "董家", "袁家", "潘家", "蒋家", "蔡家",
            "余家", "杜家", "叶家", "程家", "魏家", "苏家", "吕家", "丁家", "任家", "沈家"]

cells = [(r, c) for r in range(ROWS) for c in range(COLS) if not cut(r, c)]
code = {cell: f"U{i + 1:03d}" for i, cell in enumerate(cells)}
names, used = {}, set()
edge = lambda r, c: r in (0, ROWS - 1) or c in (0, COLS - 1) or any(cut(r + dr, c + dc) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))
villages = iter(surnames)
for cell in cells:
    if edge(*cell):
        names[cell] = (next(villages) + "村", "村")
    else:
        while True:
            n = random.choice(first) + random.choice(second)
            if n not in used:
                used.add(n)
                break
        names[cell] = (n, "小区")

def neighbours(r, c):
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        o = (r + dr, c + dc)
        if o not in code:
            continue
        if dc != 0 and {c, o[1]} == {4, 5} and r not in BRIDGE_ROWS:
            continue  # the river
        yield o

def density(r, c):  # people per cell: the old town in the south-west is densest
    centre = math.exp(-(((r - 4) / 4.0) ** 2 + ((c - 3) / 4.0) ** 2))
    east = 0.9 * math.exp(-(((r - 7) / 4.0) ** 2 + ((c - 10) / 3.0) ** 2))
    return 0.35 + centre + east

weights = {cell: density(*cell) * (0.45 if names[cell][1] == "村" else 1.0) for cell in cells}
total = sum(weights.values())

def spread(children):
    counts = {cell: int(children * w / total) for cell, w in weights.items()}
    for cell in random.sample(cells, children - sum(counts.values())):
        counts[cell] += 1
    return counts

primary, junior = spread(2380), spread(2290)
out = os.path.join(os.path.dirname(__file__), "..", "..", "aspire-host", "EduPlatform.DemoCounty", "demo", "units.csv")
with open(out, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["编码", "名称", "类型", "乡镇", "纬度", "经度", "别名", "相邻", "年份", "小学新生", "初中新生"])
    for cell in cells:
        r, c = cell
        name, kind = names[cell]
        alias = f"{name}小区" if kind == "小区" and not name.endswith("小区") and random.random() < 0.4 else (f"{name[:-1]}村委会" if kind == "村" else "")
        lat = LAT0 + r * DLAT + random.uniform(-0.0008, 0.0008)
        lon = LON0 + c * DLON + random.uniform(-0.0008, 0.0008)
        w.writerow([code[cell], name, kind, "清泉镇", f"{lat:.5f}", f"{lon:.5f}", alias, ";".join(code[o] for o in neighbours(r, c)),
                    2025, primary[cell], junior[cell]])
print(f"{len(cells)} units, {sum(primary.values())} primary and {sum(junior.values())} junior entrants -> {os.path.normpath(out)}")
