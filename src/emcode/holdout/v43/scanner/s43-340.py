from flask import Flask, redirect, request, session
import os

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/sso/callback")
def sso_callback():
    session["translator"] = request.args.get("user")
    return redirect(request.args.get("state", "/dashboard"))


@app.route("/dashboard")
def dashboard():
    if "translator" not in session:
        return redirect("/sso/lo