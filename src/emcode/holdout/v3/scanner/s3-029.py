import os

from flask import Flask, abort, request

app = Flask(__name__)
API_KEY = os.environ["SERVICE_API_KEY"]


@app.before_request
def require_key():
    supplied = request.headers.get("X-Api-Key", "")
    if supplied != API_KEY:
        abort(401)


@app.route("/metrics")
def metrics():
    return {"uptime": 1}
