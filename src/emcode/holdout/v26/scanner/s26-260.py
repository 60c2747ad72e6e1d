from xml.dom import pulldom
from xml.sax import make_parser
from xml.sax.handler import feature_external_ges


def events(stream):
    parser = make_parser()
    parser.setFeature(feature_external_ges, True)
    return list(pulldom.parse(stream, parser=parser))
