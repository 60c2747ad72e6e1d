from lxml import etree

PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def read_settings(path: str) -> dict:
    tree = etree.parse(path, PARSER)
    return {el.tag: (el.text or "").strip() for el in tree.getroot()}


if __name__ == "__main__":
    import sys
    for k, v in read_settings(sys.argv[1]).items():
        print(f"{k}={v}")
