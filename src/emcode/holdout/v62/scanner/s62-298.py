import json

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/sync", methods=["POST"])
def sync():
    state = json.loads(request.data or b"{}")
    bookings = state.get("bookings", [])
    summary = {
        "rooms": sorted({str(b.get("room")) for b in bookings}),
        "total": len(bookings),
    }
    return jsonify(summ