import logging
import re
from flask import Flask, request, jsonify

app = Flask(__name__)
log = logging.getLogger("clinic.auth")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def clean_for_log(value: str, limit: int = 64) -> str:
    return _CONTROL.sub("?", value)[:limit]


@app.route("/staff/login", methods=["POST"])
def staff_login():
    username = request.form.get("username", "")
    password = request.form.get("password", "")
    who = clean_for_log(username)
    if not check_credentials(username, password):
        log.warning("failed login for user %s", who)
        return jsonify(ok=False), 401
    log.info("login ok for %s", who)
    return jsonify(ok=True)


def check_credentials(username: str, password: str) -> bool:
    return False
