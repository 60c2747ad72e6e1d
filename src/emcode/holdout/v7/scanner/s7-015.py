from lxml import etree
from flask import Flask, request, jsonify

app = Flask(__name__)
CATALOG = etree.parse("catalog.xml")


@app.route("/catalog/find")
def find_product():
    name = request.args.get("name", "")
    nodes = CATALOG.xpath("//product[name='%s']/price/text()" % name)
    return jsonify(prices=[str(n) for n in nodes])
