import sys

from lxml import etree


def main(path):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    tree = etree.parse(path, parser)
    for node in tree.iter("utterance"):
        print(node.get("speaker"), node.text or "")


if __name__ == "__main__":
    main(sys.argv[1])
