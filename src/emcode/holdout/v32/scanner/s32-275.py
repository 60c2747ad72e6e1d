import argparse

import defusedxml.ElementTree as ET


def main():
    ap = argparse.ArgumentParser(description="Summarise a court e-filing XML")
    ap.add_argument("xml")
    args = ap.parse_args()
    root = ET.parse(args.xml).getroot()
    print("court:", root.findtext("court"))
    for party in root.iter("party"):
        print(" -", party.get("role"), party.text)


if __name__ == "__main__":
    main()
