import os

from flask import Flask, redirect, request, session
from werkzeug.security import check_password_hash

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]
ADMIN_HASH = os.environ["ADMIN_PASSWORD_HASH"]


@app.post("/admin/login")
def admin_login():
    if request.form.get("user") == "admin" and check_password_hash(ADMIN_HASH, request.form.get("password", "")):
        session["admin"] = True
        return redirect("/admin")
    return "invalid login", 401
