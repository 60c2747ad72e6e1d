import requests
from lxml import etree

FEED = "https://feeds.florists.example.net/catalog.xml"


def fetch_catalog():
    r = requests.get(FEED, timeout=20)
    r.raise_for_status()
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    root = etree.fromstring(r.content, parser)
    return [(i.findtext("sku"), i.findtext("name"), i.findtext("price")) for i in root.iterfind(".//item")]


if __name__ == "__main__":
    for row in fetch_catalog():
        print(*row, sep=" | ")
