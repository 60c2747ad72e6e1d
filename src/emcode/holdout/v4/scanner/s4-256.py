from lxml import etree
import sys

def transform(xml_path, xsl_path):
    doc = etree.parse(xml_path, etree.XMLParser(dtd_validation=True, resolve_entities=True))
    xslt = etree.XSLT(etree.parse(xsl_path))
    return str(xslt(doc))

if __name__ == "__main__":
    print(transform(sys.argv[1], sys.argv[2]))
