from xml.dom import pulldom
from xml.sax import make_parser
from xml.sax.handler import feature_external_ges
from flask import Flask, request

app = Flask(__name__)

@app.route("/feeds", methods=["POST"])
def feeds():
    parser = make_parser()
    parser.setFeature(feature_external_ges, True)
    doc = pulldom.parseString(request.data.decode(), parser=parser)
    titles = []
    for ev, node in doc:
        if ev == pulldom.START_ELEMENT and node.tagName == "title":
            doc.expandNode(node)
            titles.append(node.toxml())
    return {"titles": titles}
