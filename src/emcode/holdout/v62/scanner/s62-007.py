from defusedxml import ElementTree as ET
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/import/rota", methods=["POST"])
def import_rota():
    root = ET.fromstring(request.data)
    shifts = [
        {"member": s.findtext("member"), "date": s.findtext("date")}
        for s in root.iter("shift")
    ]
    return jsonify(shifts)
