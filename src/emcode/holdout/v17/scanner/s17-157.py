from lxml import etree
from flask import Flask, request

app = Flask(__name__)
CATALOG = etree.parse("catalog.xml", etree.XMLParser(resolve_entities=False, no_network=True))


@app.route("/catalog/item")
def item():
    sku = request.args.get("sku", "")
    nodes = CATALOG.xpath("//item[@sku = $sku]", sku=sku)
    if not nodes:
        return {"found": False}, 404
    return {"found": True, "name": nodes[0].findtext("name")}
