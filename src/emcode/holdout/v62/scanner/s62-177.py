from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)


@app.route("/import/rota", methods=["POST"])
def import_rota():
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    root = etree.fromstring(request.data, parser)
    shifts = [
        {"member": s.findtext("member"), "date": s.findtext("date")}
        for s in root.iter("shift")
    ]
    return jsonify(shifts)
