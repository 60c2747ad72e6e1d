from flask import Flask, request
from defusedxml import ElementTree as ET

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_catalog():
    root = ET.fromstring(request.data)
    seeds = []
    for node in root.findall("seed"):
        seeds.append({"name": node.findtext("name"),
                      "days": int(node.findte
