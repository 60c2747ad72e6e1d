from lxml import etree

def find_member(tree: etree._ElementTree, name: str):
    return tree.xpath("//member[name/text()='" + name + "']/email/text()")
