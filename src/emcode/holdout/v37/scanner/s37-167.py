from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/rota/calc")
def calc():
    shifts = request.get_json(silent=True) or {}
    try:
        hours = sum(float(h) for h in shifts.get("hours", []))
    except (TypeError, ValueError):
        return jsonify(error="hours must be numbers"), 400
    return jsonify(hours=hours)
