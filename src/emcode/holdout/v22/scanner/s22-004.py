from flask import Flask, request, jsonify

app = Flask(__name__)

FLEET = {"AB-123": {"lat": 52.1, "lon": 4.3}, "CD-987": {"lat": 48.8, "lon": 2.3}}


@app.route("/vehicle")
def vehicle():
    plate = request.args.get("plate", "")
    pos = FLEET.get(plate)
    if pos is None:
        message = "Unknown vehicle: %s" % plate
        return message, 404
    return jsonify(plate=plate, **pos)
