import os
import secrets

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
ADMIN_TOKEN = os.environ["METER_ADMIN_TOKEN"]


@app.route("/admin/recalibrate", methods=["POST"])
def recalibrate():
    supplied = request.headers.get("X-Admin-Token", "")
    if not secrets.compare_digest(supplied.encode(), ADMIN_TOKEN.encode()):
        abort(403)
    meters = request.get_json(silent=True) or []
    return jsonify(queued=len(meters))
