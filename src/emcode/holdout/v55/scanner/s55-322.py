import os
import time

from flask import Flask, request, jsonify
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from werkzeug.security import check_password_hash

app = Flask(__name__)
limiter = Limiter(get_remote_address, app=app, default_limits=["200 per hour"])

OPERATORS = {}


@app.route("/scada/login", methods=["POST"])
@limiter.limit("5 per minute")
def scada_login():
    body = request.get_json(silent=True) or {}
    user, pw = body.get("user", ""), body.get("password", "")
    h = OPERATORS.get(user)
    if h is None or not check_password_hash(h, pw):
        time.sleep(0.2)
        return jsonify({"ok": False}), 401
    return jsonify({"ok": True})


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
