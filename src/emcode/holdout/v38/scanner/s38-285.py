from flask import Flask, redirect, request, session
import os

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]


@app.route("/login/done")
def login_done():
    session["seen_welcome"] = True
    target = request.args.get("next") or "/dashboard"
    return redirect(target)
