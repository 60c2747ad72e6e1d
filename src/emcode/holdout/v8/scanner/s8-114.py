from lxml import etree


def products_in(catalog_path, category):
    tree = etree.parse(catalog_path)
    return [p.get("sku") for p in tree.xpath("//product[@category='%s']" % category)]
