import logging
from flask import Flask, request, jsonify

app = Flask(__name__)
log = logging.getLogger("clinic.auth")
logging.basicConfig(filename="auth.log", level=logging.INFO)


@app.route("/staff/login", methods=["POST"])
def staff_login():
    username = request.form.get("username", "")
    password = request.form.get("password", "")
    if not check_credentials(username, password):
        log.warning("failed login for user " + username)
        return jsonify(ok=False), 401
    log.info("login ok for %s", username)
    return jsonify(ok=True)


def check_credentials(username, password):
    return False
