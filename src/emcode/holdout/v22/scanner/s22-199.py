from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)


@app.post("/shipments/manifest")
def manifest():
    parser = etree.XMLParser(resolve_entities=True)
    doc = etree.fromstring(request.data, parser=parser)
    items = [{"sku": i.get("sku"), "qty": int(i.get("qty", 0))} for i in doc.iter("item")]
    return jsonify(items=items)
