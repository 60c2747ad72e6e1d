import os
import secrets

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
DEVICE_KEY = os.environ["HANDHELD_KEY"]


@app.before_request
def require_device_key():
    if not secrets.compare_digest(request.headers.get("X-Device-Key", ""), DEVICE_KEY):
        abort(401)


@app.post("/citations")
def create_citation():
    data = request.get_json(force=True)
    return jsonify(received=data.get("plate")), 201
