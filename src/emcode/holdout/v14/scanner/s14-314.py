from lxml import etree
from flask import Flask, request

app = Flask(__name__)


@app.post("/import")
def do_import():
    parser = etree.XMLParser(resolve_entities=True)
    doc = etree.fromstring(request.data, parser)
    count = 0
    for node in doc.iter("record"):
        count += 1
        name = node.findtext("na