from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/orders/xml")
def orders_xml():
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    root = etree.fromstring(request.get_data(), parser)
    orders = []
    for node in root.findall("order"):
        orders.append({"id": node.get("id"), "dish": node.findtext("di