from xml.dom import minidom
from xml.sax import make_parser
from xml.sax.handler import feature_external_ges


def load_settings(path):
    parser = make_parser()
    parser.setFeature(feature_external_ges, True)
    doc = minidom.parse(path, parser=parser)
    return {n.getAttribute("key"): n.getAttribute("value") for n in doc.getElementsByTagName("setting")}
