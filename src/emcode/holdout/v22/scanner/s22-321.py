import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
AGENT_TOKEN = os.environ["AGENT_TOKEN"]


@app.before_request
def require_token():
    given = request.headers.get("Authorization", "").removeprefix("Bearer ")
    if not hmac.compare_digest(given.encode(), AGENT_TOKEN.encode()):
        abort(401)


@app.get("/agent/metrics")
def metrics():
    return {"cpu": 12.5, "mem": 41.0}
