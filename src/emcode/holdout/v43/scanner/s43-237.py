import argparse
import csv


def main():
    ap = argparse.ArgumentParser(description="Merge RSVP spreadsheets")
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("-o", "--output", default="rsvps.csv")
    a = ap.parse_args()
    seen = {}
    for path in a.inputs:
        with open(path, newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                seen[row["email"].lower()] = row
    with open(a.output, "w", newline="", encoding="utf-8") as out:
        w = csv.DictWriter(out, fieldnames=["name", "email", "attending", "meal"])
        w.writeheader()
        for row in seen.values():
            w.writerow({k: row.get(k, "") for k in w.fieldnames})
    print(f"{len(seen)} unique guests -> {a.output}")


if __name__ == "__main__":
    main()
