from lxml import etree


def parse_feed(xml_bytes: bytes) -> list[dict]:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    root = etree.fromstring(xml_bytes, parser)
    out = []
    for stop in root.findall("stop"):
        out.append({"id": stop.get("id"), "name": stop.findtext("name", default="")})
    return out
