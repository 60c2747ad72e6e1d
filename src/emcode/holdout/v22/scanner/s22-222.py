from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, dtd_validation=False, load_dtd=False)


@app.post("/shipments/manifest")
def manifest():
    try:
        doc = etree.fromstring(request.data, parser=PARSER)
    except etree.XMLSyntaxError:
        return jsonify(error="bad xml"), 400
    items = [{"sku": i.get("sku"), "qty": int(i.get("qty", 0))} for i in doc.iter("item")]
    return jsonify(items=items)
