from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


@app.route("/gpx/waypoints", methods=["POST"])
def waypoints():
    try:
        root = etree.fromstring(request.get_data(), PARSER)
    except etree.XMLSyntaxError:
        return jsonify({"error": "bad xml"}), 400
    ns = {"g": "http://www.topografix.com/GPX/1/1"}
    pts = [{"lat": float(w.get("lat")), "lon": float(w.get("lon"))} for w in root.findall("g:wpt", ns)]
    return jsonify(pts)
