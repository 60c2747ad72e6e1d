import os
from urllib.parse import urlparse
from flask import Flask, request, abort, jsonify, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.before_request
def check_referer():
    if request.method in ("POST", "PUT", "DELETE"):
        referer_host = urlparse(request.headers.get("Referer", "")).hostname or ""
        if not referer_host.endswith("example.com"):
            abort(403)


@app.route("/api/settings", methods=["POST"])
def update_settings():
    session["theme"] = request.form.get("theme", "light")
    return jsonify(saved=True)
