import argparse
import csv

from jinja2 import Environment, PackageLoader, select_autoescape

env = Environment(loader=PackageLoader("invites", "templates"), autoescape=select_autoescape(["html"]))


def main():
    ap = argparse.ArgumentParser(description="render one invitation page per guest")
    ap.add_argument("guests_csv")
    ap.add_argument("--out", default="out")
    ns = ap.parse_args()
    tpl = env.get_template("invite.html")
    with open(ns.guests_csv, newline="", encoding="utf-8") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            with open(f"{ns.out}/invite_{i:04d}.html", "w", encoding="utf-8") as out:
                out.write(tpl.render(guest=row["name"], plus_one=row.get("plus_one") == "yes"))


if __name__ == "__main__":
    main()
