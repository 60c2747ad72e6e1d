from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/inspections/import", methods=["POST"])
def import_inspections():
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    root = etree.fromstring(request.data, parser)
    count = len(root.findall("inspection"))
    return {"imported": count}
