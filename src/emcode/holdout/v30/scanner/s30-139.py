from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/asn")
def advance_shipping_notice():
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    root = etree.fromstring(request.data, parser)
    lines = [(l.get("sku"), int(l.get("qty"))) for l in root.iter("line")]
    return {"lines": len(lines), "first": lines[0][0] if lines else None}
