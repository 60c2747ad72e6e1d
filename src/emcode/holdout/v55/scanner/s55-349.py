from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)


@app.route("/meters/import", methods=["POST"])
def import_readings():
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    root = etree.fromstring(request.data, parser)
    readings = [(m.get("id"), float(m.findtext("value"))) for m in root.iter("meter")]
    return jsonify({"count": len(readings)})
