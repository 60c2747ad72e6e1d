import subprocess

from flask import Flask, jsonify, abort
from flask_httpauth import HTTPTokenAuth
import os
import hmac

app = Flask(__name__)
auth = HTTPTokenAuth(scheme="Bearer")
SERVICES = {"mqtt": "mosquitto.service", "collector": "collector.service"}


@auth.verify_token
def verify(token):
    return hmac.compare_digest(token, os.environ["GATEWAY_TOKEN"])


@app.route("/services/<name>/restart", methods=["POST"])
@auth.login_required
def restart(name):
    unit = SERVICES.get(name)
    if unit is None:
        abort(404)
    done = subprocess.run(["systemctl", "restart", unit], capture_output=True, text=True, timeout=30)
    return jsonify(unit=unit, ok=done.returncode == 0)
