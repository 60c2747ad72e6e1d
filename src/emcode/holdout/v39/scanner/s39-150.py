import xml.sax
from xml.dom import minidom


def episode_titles(xml_bytes):
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    dom = minidom.parseString(xml_bytes, parser=parser)
    return [t.firstChild.data for t in dom.getElementsByTagName("title") if t.firstChild]
