from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)
CATALOG = etree.parse("catalog.xml")


@app.route("/product")
def product():
    name = request.args.get("name", "")
    nodes = CATALOG.xpath(f"//product[name='{name}']/price/text()")
    return jsonify(prices=[str(n) for n in nodes])
