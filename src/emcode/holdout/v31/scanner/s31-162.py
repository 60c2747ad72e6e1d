from lxml import etree


def parse_timesheet(xml_bytes):
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    root = etree.fromstring(xml_bytes, parser=parser)
    return {e.get("date"): float(e.text) for e in root.findall("day")}
