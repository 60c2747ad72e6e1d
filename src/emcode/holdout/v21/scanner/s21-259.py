from lxml import etree


def find_employee(xml_path, name):
    tree = etree.parse(xml_path)
    expr = "//employee[name='{}']/salary/text()".format(name)
    hits = tree.xpath(expr)
    return hits[0] if hits else None


if __name__ == "__main__":
    import sys
    print(find_employee("staff.xml", sys.argv[1]))
