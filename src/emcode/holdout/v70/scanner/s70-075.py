import sys
from lxml import etree


def read_catalogue(path):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    tree = etree.parse(path, parser)
    return [(e.get("id"), e.findtext("title")) for e in tree.iter("plot")]


if __name__ == "__main__":
    for row in read_catalogue(sys.argv[1]):
        print(*row)
