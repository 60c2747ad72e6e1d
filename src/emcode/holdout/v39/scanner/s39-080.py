from defusedxml import ElementTree


def accession_numbers(xml_path):
    doc = ElementTree.parse(xml_path)
    return [o.get("accession") for o in doc.getroot().iter("object")]
