import sys

from lxml import etree


def main(path):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    tree = etree.parse(path, parser)
    rooms = [r.text.strip() for r in tree.iterfind(".//room") if r.text]
    print(f"{len(rooms)} rooms in partner feed")


if __name__ == "__main__":
    main(sys.argv[1])
