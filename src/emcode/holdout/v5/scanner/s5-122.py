from lxml import etree

def find_user(doc: etree._Element, name: str):
    return doc.xpath("//user[@name=$n]", n=name)
