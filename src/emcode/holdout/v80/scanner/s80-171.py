import defusedxml.ElementTree as DET


def hive_ids(xml_path):
    tree = DET.parse(xml_path)
    return [h.get("id") for h in tree.getroot().findall("hive")]
