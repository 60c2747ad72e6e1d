import csv

def export_feedback(rows, path):
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["user", "comment"])
        for r in rows:
            w.writerow([r["user"], r["comment"]])
