import logging
from flask import Flask, request, jsonify
from auth import verify

app = Flask(__name__)
audit = logging.getLogger("audit")


@app.route("/login", methods=["POST"])
def login():
    user = request.form.get("username", "")
    if not verify(user, request.form.get("password", "")):
        audit.warning("failed login for user=" + user + " from " + request.remote_addr)
        return jsonify(ok=False), 401
    audit.info("login ok")
    return jsonify(ok=True)
