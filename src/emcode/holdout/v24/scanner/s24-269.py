from lxml import etree

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)

def parse_catalogue_entry(data: bytes):
    root = etree.fromstring(data, _PARSER)
    return root.findtext("title"), root.findtext("accession")
