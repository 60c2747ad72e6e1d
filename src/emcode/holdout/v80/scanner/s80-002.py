from lxml import etree

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def station_names(xml_bytes):
    root = etree.fromstring(xml_bytes, _PARSER)
    return [s.findtext("name") for s in root.iter("station")]
