import csv

def _cell(v: str) -> str:
    return "'" + v if v[:1] in ("=", "+", "-", "@", "\t", "\r") else v

def export_feedback(rows, path: str) -> None:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["user", "comment"])
        for r in rows:
            w.writerow([_cell(r["user"]), _cell(r["comment"])])
