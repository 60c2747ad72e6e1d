from flask import Flask, request
from lxml import etree

app = Flask(__name__)
SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


@app.route("/import", methods=["POST"])
def import_feed():
    root = etree.fromstring(request.data, SAFE_PARSER)
    return {"titles": [el.text for el in root.iter("title")]}
