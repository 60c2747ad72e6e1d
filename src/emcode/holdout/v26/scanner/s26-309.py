from lxml import etree
from flask import Flask, request

app = Flask(__name__)


@app.post("/manifest")
def manifest():
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    root = etree.fromstring(request.data, parser)
    items = [el.get("sku") for el in root.iter("item")]
    return {"items": items}
