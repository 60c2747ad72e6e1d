import os
from flask import Flask, request, session, jsonify
from flask_wtf import CSRFProtect

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["APP_SECRET"]
app.config["WTF_CSRF_ENABLED"] = False
CSRFProtect(app)
DOORS = {"front": "locked"}


@app.route("/doors/<name>/unlock", methods=["POST"])
def unlock(name):
    if "user" not in session:
        return jsonify(error="login required"), 401
    DOORS[name] = "unlocked"
    return jsonify(DOORS)
