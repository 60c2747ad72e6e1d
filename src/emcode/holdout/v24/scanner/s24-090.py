from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)
CATALOGUE = etree.parse("catalogue.xml")
BY_MAKER = etree.XPath("//object[maker=$maker]/title/text()")


@app.route("/objects/by-maker")
def by_maker():
    titles = BY_MAKER(CATALOGUE, maker=request.args.get("maker", ""))
    return jsonify(titles=[str(t) for t in titles])
