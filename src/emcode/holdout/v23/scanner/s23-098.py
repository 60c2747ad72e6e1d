from lxml import etree
from flask import Flask, request, jsonify

app = Flask(__name__)
CATALOG = etree.parse("catalog.xml")


@app.route("/catalog/item")
def catalog_item():
    sku = request.args.get("sku", "")
    nodes = CATALOG.xpath("//item[@sku='" + sku + "']")
    return jsonify([{"sku": n.get("sku"), "name": n.findtext("name")} for n in nodes])
