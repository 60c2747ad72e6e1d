from lxml import etree
from flask import Flask, request, jsonify

app = Flask(__name__)
CATALOG = etree.parse("catalog.xml")
FIND = etree.XPath("//product[name=$name]/price/text()")


@app.route("/catalog/find")
def find_product():
    nodes = FIND(CATALOG, name=request.args.get("name", ""))
    return jsonify(prices=[str(n) for n in nodes])
