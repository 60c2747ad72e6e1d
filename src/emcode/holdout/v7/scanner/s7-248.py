import logging
from flask import Flask, request, jsonify
from auth import verify

app = Flask(__name__)
audit = logging.getLogger("audit")


def for_log(value: str) -> str:
    return value.replace("\r", "\\r").replace("\n", "\\n")[:100]


@app.route("/login", methods=["POST"])
def login():
    user = request.form.get("username", "")
    if not verify(user, request.form.get("password", "")):
        audit.warning("failed login for user=%s from %s", for_log(user), request.remote_addr)
        return jsonify(ok=False), 401
    return jsonify(ok=True)
