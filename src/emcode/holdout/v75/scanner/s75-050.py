import argparse

from defusedxml.ElementTree import parse

NS = {"mods": "http://www.loc.gov/mods/v3"}


def titles(path):
    tree = parse(path)
    return [t.text for t in tree.getroot().iterfind(".//mods:title", NS)]


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("mods_file")
    for title in titles(ap.parse_args().mods_file):
        print(title)
