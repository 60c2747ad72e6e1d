from lxml import etree
from flask import Flask, request

app = Flask(__name__)

@app.route("/soap", methods=["POST"])
def soap():
    parser = etree.XMLParser(resolve_entities=True)
    doc = etree.fromstring(request.data, parser)
    action = doc.find(".//Action")
    if action is not None and action.text == "GetBalance":
        return "<Balance>