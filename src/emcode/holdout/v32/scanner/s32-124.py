import logging

from flask import Flask, request, jsonify

app = Flask(__name__)
logging.basicConfig(level=logging.DEBUG)


@app.route("/portal/login", methods=["POST"])
def portal_login():
    data = request.get_json(silent=True) or {}
    app.logger.debug("login payload: %s", data)
    if not data.get("email") or not data.get("password"):
        return jsonify(error="missing fields"), 400
    return jsonify(ok=True)
