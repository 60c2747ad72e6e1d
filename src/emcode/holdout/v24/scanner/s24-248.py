from lxml import etree

def find_member(tree: etree._ElementTree, name: str) -> list[str]:
    return tree.xpath("//member[name/text()=$n]/email/text()", n=name)
