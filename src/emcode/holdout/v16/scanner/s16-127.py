from lxml import etree
from flask import Flask, request

app = Flask(__name__)


@app.post("/import/catalog")
def import_catalog():
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(request.files["catalog"].read(), parser=parser)
    count = 0
    for product in root.iter("product"):
        sku = product.get("sku")
        count +