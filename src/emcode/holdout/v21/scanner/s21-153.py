from lxml import etree


def read_svg_size(uploaded_file):
    parser = etree.XMLParser(load_dtd=True, huge_tree=True)
    tree = etree.parse(uploaded_file, parser)
    root = tree.getroot()
    return root.get("width"), root.get("height")
