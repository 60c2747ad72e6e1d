from lxml import etree


def parse_meter_export(stream):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.parse(stream, parser).getroot()
    return [float(el.text) for el in root.iter("kwh")]
