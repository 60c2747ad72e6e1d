from lxml import etree
from flask import Flask, request

app = Flask(__name__)
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


@app.route("/feeds/import", methods=["POST"])
def import_feed():
    root = etree.fromstring(request.data, PARSER)
    titles = [e.text for e in root.iter("title")]
    return {"items": len(titles)}
