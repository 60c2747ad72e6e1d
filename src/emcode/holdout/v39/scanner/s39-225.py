import sys

from lxml import etree


def feed_titles(path):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, dtd_validation=False, load_dtd=False)
    tree = etree.parse(path, parser)
    return [t.text for t in tree.iterfind(".//item/title")]


if __name__ == "__main__":
    for title in feed_titles(sys.argv[1]):
        print(title)
