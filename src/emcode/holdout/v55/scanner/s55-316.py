import os

from flask import Flask, request, jsonify
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
app.config["WTF_CSRF_ENABLED"] = False
CSRFProtect(app)


@app.route("/account/email", methods=["POST"])
def change_email():
    from flask_login import current_user
    current_user.email = request.form["email"]
    return jsonify({"ok": True})
