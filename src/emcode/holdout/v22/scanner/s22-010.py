from flask import Flask, request, jsonify

app = Flask(__name__)

FLEET = {"AB-123": {"lat": 52.1, "lon": 4.3}}


@app.route("/vehicle")
def vehicle():
    plate = request.args.get("plate", "")
    pos = FLEET.get(plate)
    if pos is None:
        return jsonify(error="unknown vehicle", plate=plate), 404
    return jsonify(plate=plate, **pos)
