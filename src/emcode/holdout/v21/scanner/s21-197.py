from lxml import etree


def read_svg_size(uploaded_file):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    tree = etree.parse(uploaded_file, parser)
    root = tree.getroot()
    return root.get("width"), root.get("height")
