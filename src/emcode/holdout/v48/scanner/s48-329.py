import base64
import json

from flask import Flask, abort, request

app = Flask(__name__)


def claims_of(token):
    payload = token.split(".")[1]
    payload += "=" * (-len(payload) % 4)
    return json.loads(base64.urlsafe_b64decode(payload))


@app.get("/admin/screens")
def admin_screens():
    auth = request.headers.get("Authorization", "")
    if not auth.startswith("Bearer "):
        abort(401)
    if claims_of(auth[7:]).get("role") != "projectionist":
        abort(403)
    return {"screens": [1, 2, 3]}
