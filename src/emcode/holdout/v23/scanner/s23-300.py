import os
import secrets
from flask import Flask, request, jsonify

app = Flask(__name__)
PAIRING_CODE = os.environ["HUB_PAIRING_CODE"]


@app.route("/pair", methods=["POST"])
def pair():
    code = request.form.get("code", "")
    if not secrets.compare_digest(code.encode(), PAIRING_CODE.encode()):
        return jsonify(paired=False), 403
    return jsonify(paired=True, device_token=secrets.token_urlsafe(32))
