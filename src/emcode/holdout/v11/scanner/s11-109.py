from xml.dom import pulldom
from xml.sax import make_parser
from xml.sax.handler import feature_external_ges


def titles_from_feed(stream):
    parser = make_parser()
    parser.setFeature(feature_external_ges, True)
    events = pulldom.parse(stream, parser=parser)
    out = []
    for event, node in events:
        if event == pulldom.START_ELEMENT and node.tagName == "title":
            events.expandNode(node)
            out.append(node.firstChild.data if node.firstChild else "")
    return out


if __name__ == "__main__":
    import sys

    with open(sys.argv[1], "rb") as fh:
        print("\n".join(titles_from_feed(fh)))
