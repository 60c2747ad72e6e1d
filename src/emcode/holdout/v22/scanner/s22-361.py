from flask import Flask, jsonify, request

app = Flask(__name__)
LAST = {}


@app.post("/odometer")
def odometer():
    body = request.get_json(silent=True) or {}
    try:
        truck = int(body["truck"])
        km = float(body["km"])
    except (KeyError, TypeError, ValueError):
        return jsonify(error="truck and km are required numbers"), 400
    if km < 0 or km < LAST.get(truck, 0):
        return jsonify(error="reading must not decrease"), 422
    LAST[truck] = km
    return jsonify(truck=truck, km=km)
