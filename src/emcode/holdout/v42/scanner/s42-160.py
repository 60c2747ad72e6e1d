import argparse
import csv

from jinja2 import Environment, FileSystemLoader, select_autoescape

env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html"]))


def main():
    ap = argparse.ArgumentParser(description="Render visit reminder letters")
    ap.add_argument("roster", help="CSV with subject_id,name,visit_date")
    args = ap.parse_args()
    tpl = env.get_template("reminder.html")
    with open(args.roster, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out = f"letters/{int(row['subject_id'])}.html"
            with open(out, "w", encoding="utf-8") as dst:
                dst.write(tpl.render(subject=row))


if __name__ == "__main__":
    main()
