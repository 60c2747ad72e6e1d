from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


@app.post("/orders/import")
def import_orders():
    root = etree.fromstring(request.get_data(), PARSER)
    orders = [
        {"id": o.get("id"), "qty": int(o.findtext("qty", "0"))}
        for o in root.iterfind("order")
    ]
    return jsonify(count=len(orders), orders=orders)
