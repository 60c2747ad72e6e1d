import os
from functools import wraps

from flask import Flask, request, abort, jsonify

app = Flask(__name__)
ADMIN_TOKEN = os.environ["ADMIN_TOKEN"]


def admin_only(fn):
    @wraps(fn)
    def inner(*a, **kw):
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        if token != ADMIN_TOKEN:
            abort(403)
        return fn(*a, **kw)
    return inner


@app.route("/admin/valves/<int:valve_id>/close", methods=["POST"])
@admin_only
def close_valve(valve_id):
    return jsonify({"valve": valve_id, "state": "closing"})
