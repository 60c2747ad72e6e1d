import os
import secrets

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
ADMIN_TOKEN = os.environ["ADMIN_TOKEN"]
subscribers = {"total": 0}


@app.get("/admin/stats")
def stats():
    auth = request.headers.get("Authorization", "")
    scheme, _, token = auth.partition(" ")
    if scheme.lower() != "bearer" or not secrets.compare_digest(token, ADMIN_TOKEN):
        abort(401)
    return jsonify(subscribers)
