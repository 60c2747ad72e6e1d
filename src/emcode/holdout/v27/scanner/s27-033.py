import os
from flask import Flask, request, abort

app = Flask(__name__)
ADMIN_TOKEN = os.environ["ADMIN_TOKEN"]


@app.before_request
def guard():
    if request.path.startswith("/admin") and request.headers.get("X-Admin-Token") != ADMIN_TOKEN:
        abort(403)


@app.route("/admin/stats")
def stats():
    return {"users": 42}
