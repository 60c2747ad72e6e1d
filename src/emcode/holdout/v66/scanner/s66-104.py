import argparse
import csv

from jinja2 import Environment, FileSystemLoader, select_autoescape

env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html"]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv_file")
    ap.add_argument("-o", "--out", default="recalls.html")
    a = ap.parse_args()
    with open(a.csv_file, newline="") as fh:
        rows = list(csv.DictReader(fh))
    html = env.get_template("recalls.html").render(rows=rows)
    with open(a.out, "w", encoding="utf-8") as out:
        out.write(html)


if __name__ == "__main__":
    main()
