from lxml import etree
from flask import Flask, request

app = Flask(__name__)


@app.post("/invoice")
def invoice():
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    root = etree.fromstring(request.data, parser)
    total = sum(float(x.text) for x in root.iter("amount"))
    return {"total": total}
