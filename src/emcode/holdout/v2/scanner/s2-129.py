from lxml import etree

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, dtd_validation=False, load_dtd=False)


def sitemap_urls(xml_bytes: bytes) -> list[str]:
    """Every <loc> of a sitemap."""
    root = etree.fromstring(xml_bytes, parser=_PARSER)
    return [el.text.strip() for el in root.iter("{*}loc") if el.text]
