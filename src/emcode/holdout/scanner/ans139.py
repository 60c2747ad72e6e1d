from xml.dom import pulldom
from xml.sax import make_parser
from xml.sax.handler import feature_external_ges

from flask import Flask, request

app = Flask(__name__)


@app.post("/import-users")
def import_users():
    sax = make_parser()
    sax.setFeature(feature_external_ges, True)
    doc = pulldom.parse(request.files["users"].stream, parser=sax)
    names = []
    for event, node in doc:
        if event == pulldom.START_ELEMENT and node.tagName == "user":
            names.append(node.getAttribute("name"))
    return {"imported": names}
