import hmac
import os

from flask import Flask, request, jsonify, abort

app = Flask(__name__)
API_TOKEN = os.environ["DEPLOY_API_TOKEN"]


def require_token():
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer ") or not hmac.compare_digest(header[7:], API_TOKEN):
        abort(401)


@app.post("/api/deploy")
def deploy():
    require_token()
    payload = request.get_json(silent=True) or {}
    version = str(payload.get("version", ""))[:40]
    return jsonify(queued=version)
