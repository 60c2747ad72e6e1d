from lxml import etree


def parse_feed(data: bytes):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    root = etree.fromstring(data, parser=parser)
    items = []
    for item in root.findall(".//item"):
        items.append((item.findtext("title"), item.findtext("link")))
    return items


if __name__ == "__main__":
    import sys
    with open(sys.argv[1], "rb") as fh:
        for title, link in parse_feed(fh.read()):
            print(f"{title}\t{link}")
