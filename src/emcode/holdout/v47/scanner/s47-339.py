#!/usr/bin/env python3
import csv
import sys

from jinja2 import Environment, FileSystemLoader, select_autoescape

env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html"]))


def main():
    with open(sys.argv[1], newline="") as fh:
        boats = list(csv.DictReader(fh))
    html = env.get_template("inspection_report.html").render(boats=boats, vessel=sys.argv[2])
    with open("report.html", "w", encoding="utf-8") as out:
        out.write(html)


if __name__ == "__main__":
    main()
