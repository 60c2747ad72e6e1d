import sys

from lxml import etree


def read_manifest(path):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, dtd_validation=False, load_dtd=False)
    tree = etree.parse(path, parser)
    return [t.text for t in tree.iter("tag")]


if __name__ == "__main__":
    tags = read_manifest(sys.argv[1])
    print(len(tags), "bags in manifest")
