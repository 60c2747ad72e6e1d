from defusedxml import minidom
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/covers/svg-info", methods=["POST"])
def svg_info():
    data = request.files["svg"].read(1_000_000)
    try:
        doc = minidom.parseString(data)
    except Exception:
        return jsonify(error="invalid svg"), 400
    svg = doc.documentElement
    return jsonify(width=svg.getAttribute("width"), height=svg.getAttribute("height"))
