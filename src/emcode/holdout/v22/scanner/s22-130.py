from xml.dom import pulldom
from xml.sax import make_parser
from xml.sax.handler import feature_external_ges


def item_titles(feed_file):
    parser = make_parser()
    parser.setFeature(feature_external_ges, True)
    events = pulldom.parse(feed_file, parser=parser)
    titles = []
    for event, node in events:
        if event == pulldom.START_ELEMENT and node.tagName == "title":
            events.expandNode(node)
            titles.append(node.firstChild.data if node.firstChild else "")
    return titles
