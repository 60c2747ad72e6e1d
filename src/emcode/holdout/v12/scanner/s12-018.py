import defusedxml.ElementTree as DET


def parse_config_xml(path):
    tree = DET.parse(path, forbid_dtd=True)
    return {el.tag: el.text for el in tree.getroot()}
