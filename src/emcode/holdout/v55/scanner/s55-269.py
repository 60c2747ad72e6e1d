from flask import Flask, request, jsonify
import xmltodict

app = Flask(__name__)


@app.route("/ais/position", methods=["POST"])
def position():
    doc = xmltodict.parse(request.data, disable_entities=True)
    p = doc.get("position", {})
    try:
        lat, lon = float(p["lat"]), float(p["lon"])
    except (KeyError, TypeError, ValueError):
        return jsonify({"error": "lat/lon required"}), 400
    return jsonify({"vessel": p.get("vessel"), "lat": lat, "lon": lon})
