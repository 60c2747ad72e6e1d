import os

from flask import Flask, request, session, redirect
from werkzeug.security import check_password_hash

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
ADMIN_HASH = os.environ["ADMIN_PASSWORD_HASH"]


@app.route("/admin/login", methods=["POST"])
def admin_login():
    if check_password_hash(ADMIN_HASH, request.form.get("password", "")):
        session["admin"] = True
        return redirect("/admin")
    return "denied", 403
