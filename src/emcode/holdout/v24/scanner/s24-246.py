from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)
CATALOGUE = etree.parse("catalogue.xml")


@app.route("/objects/by-maker")
def by_maker():
    maker = request.args.get("maker", "")
    titles = CATALOGUE.xpath(f"//object[maker='{maker}']/title/text()")
    return jsonify(titles=[str(t) for t in titles])
