from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_catalog():
    parser = etree.XMLParser(resolve_entities=True)
    tree = etree.fromstring(request.data, parser)
    seeds = []
    for node in tree.findall("seed"):
        seeds.append({"name": node.findtext("name"), "days": int(node.findtext("days") or 0)})
    return {"imported": len(seeds), "first": seeds[0]["name"] if se
