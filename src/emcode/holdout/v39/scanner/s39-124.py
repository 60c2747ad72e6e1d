from lxml import etree


def accession_numbers(xml_path):
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    doc = etree.parse(xml_path, parser)
    return [n.text for n in doc.xpath("//object/@accession | //accession")]
