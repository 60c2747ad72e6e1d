import sys

from lxml import etree

PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def list_objects(mets_path):
    tree = etree.parse(mets_path, PARSER)
    ns = {"mets": "http://www.loc.gov/METS/"}
    return [f.get("ID") for f in tree.findall(".//mets:file", ns)]


if __name__ == "__main__":
    for ident in list_objects(sys.argv[1]):
        print(ident)
