from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)
CATALOG = etree.parse("catalog.xml", etree.XMLParser(resolve_entities=False, no_network=True))


@app.route("/product")
def product():
    name = request.args.get("name", "")
    nodes = CATALOG.xpath("//product[name=$name]/price/text()", name=name)
    return jsonify(prices=[str(n) for n in nodes])
