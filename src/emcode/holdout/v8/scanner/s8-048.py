from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/invoices/xml")
def import_invoice():
    parser = etree.XMLParser(resolve_entities=True, no_network=False, load_dtd=True)
    root = etree.fromstring(request.data, parser)
    total = sum(float(x.text) for x in root.iter("amount"))
    return {"lines": len(root.findall(".//line")), "total": total}
