import argparse
import csv

from jinja2 import Environment, FileSystemLoader, select_autoescape

env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html"]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("owners_csv")
    args = ap.parse_args()
    tpl = env.get_template("reminder.html")
    with open(args.owners_csv, newline="") as fh:
        for row in csv.DictReader(fh):
            html_body = tpl.render(owner=row["owner"], pet=row["pet"], due=row["due"])
            with open(f"out/{int(row['id'])}.html", "w") as out:
                out.write(html_body)


if __name__ == "__main__":
    main()
