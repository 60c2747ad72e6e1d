from lxml import etree
from flask import Flask, request, jsonify

app = Flask(__name__)
CATALOG = etree.parse("catalog.xml", etree.XMLParser(resolve_entities=False, no_network=True))


@app.route("/catalog/item")
def catalog_item():
    sku = request.args.get("sku", "")
    nodes = CATALOG.xpath("//item[@sku = $sku]", sku=sku)
    return jsonify([{"sku": n.get("sku"), "name": n.findtext("name")} for n in nodes])
