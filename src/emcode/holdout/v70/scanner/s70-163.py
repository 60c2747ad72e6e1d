from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/work_orders/import-xml")
def import_xml():
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    root = etree.fromstring(request.data, parser)
    names = [el.text for el in root.iter("name")]
    return {"count": len(names)}
