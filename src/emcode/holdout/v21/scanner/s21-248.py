from lxml import etree


def find_employee(xml_path, name):
    tree = etree.parse(xml_path, etree.XMLParser(resolve_entities=False, no_network=True))
    hits = tree.xpath("//employee[name=$n]/salary/text()", n=name)
    return hits[0] if hits else None


if __name__ == "__main__":
    import sys
    print(find_employee("staff.xml", sys.argv[1]))
