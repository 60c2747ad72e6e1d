from defusedxml.ElementTree import fromstring
from flask import Flask, request

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_xml():
    root = fromstring(request.data)
    items = []
    for node in root.iter("item"):
        items.append({"sku": node.get("sku"), "qty": int(node.findtext("qty", "0