from lxml import etree


def parse_enrolment_xml(data: bytes):
    parser = etree.XMLParser(resolve_entities=True, no_network=False, load_dtd=True)
    root = etree.fromstring(data, parser)
    return [
        {"subject": s.get("id"), "arm": s.findtext("arm")}
        for s in root.iter("subject")
    ]
