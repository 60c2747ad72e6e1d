import sys
from lxml import etree

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def urls_in_sitemap(data: bytes):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    root = etree.fromstring(data, parser=parser)
    return [loc.text.strip() for loc in root.findall(".//sm:url/sm:loc", NS) if loc.text]


if __name__ == "__main__":
    with open(sys.argv[1], "rb") as fh:
        for u in urls_in_sitemap(fh.read()):
            print(u)
