import argparse
import csv
import sys

from defusedxml.ElementTree import iterparse


def convert(xml_path: str, out) -> int:
    writer = csv.writer(out)
    writer.writerow(["invoice", "customer", "amount"])
    n = 0
    for _event, elem in iterparse(xml_path, events=("end",)):
        if elem.tag == "invoice":
            writer.writerow([elem.get("id"), elem.findtext("customer"), elem.findtext("amount")])
            elem.clear()
            n += 1
    return n


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="convert invoice XML export to CSV")
    ap.add_argument("xml")
    args = ap.parse_args()
    print(convert(args.xml, sys.stdout), "invoices", file=sys.stderr)
