import argparse
import csv
import xml.etree.ElementTree as ET


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv_in")
    ap.add_argument("xml_out")
    a = ap.parse_args()
    root = ET.Element("collection")
    with open(a.csv_in, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            obj = ET.SubElement(root, "object", accession=row["accession"])
            ET.SubElement(obj, "title").text = row["title"]
            ET.SubElement(obj, "period").text = row.get("period", "")
    ET.ElementTree(root).write(a.xml_out, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main()
