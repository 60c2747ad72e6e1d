import traceback

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/readings", methods=["POST"])
def submit_reading():
    try:
        body = request.get_json(force=True)
        value = float(body["litres"])
        meter = body["meter"]
        from .store import save_reading
        save_reading(meter, value)
        return jsonify(ok=True)
    except Exception:
        return jsonify(ok=False, error=traceback.format_exc()), 500
