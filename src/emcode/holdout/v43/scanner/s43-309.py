from xml.dom import pulldom
from xml.sax import make_parser
from xml.sax.handler import feature_external_ges


def sensor_ids(xml_path):
    parser = make_parser()
    parser.setFeature(feature_external_ges, True)
    ids = []
    for event, node in pulldom.parse(xml_path, parser=parser):
        if event == pulldom.START_ELEMENT and node.tagName == "sensor":
            ids.append(node.getAttribute("id"))
    return ids
