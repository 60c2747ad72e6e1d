import os

from flask import Flask, redirect, request, session
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
CSRFProtect(app)


@app.route("/passes/transfer", methods=["POST"])
def transfer():
    if "user" not in session:
        return redirect("/login")
    to_user = request.form["to"]
    session.setdefault("transfers", []).append(to_user)
    return redirect("/passes")
