from flask import Flask, request, redirect, session, url_for
import os

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]


@app.route("/logout")
def logout():
    session.clear()
    target = request.args.get("next") or url_for("index")
    return redirect(target)


@app.route("/")
def index():
    return "Recipe box"
