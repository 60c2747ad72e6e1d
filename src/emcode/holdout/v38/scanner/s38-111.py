import sys
from xml.dom import pulldom
from xml.sax import make_parser
from xml.sax.handler import feature_external_ges


def main(path):
    parser = make_parser()
    parser.setFeature(feature_external_ges, True)
    doc = pulldom.parse(path, parser=parser)
    for event, node in doc:
        if event == pulldom.START_ELEMENT and node.tagName == "utterance":
            doc.expandNode(node)
            print(node.getAttribute("speaker"), node.firstChild.data if node.firstChild else "")


if __name__ == "__main__":
    main(sys.argv[1])
