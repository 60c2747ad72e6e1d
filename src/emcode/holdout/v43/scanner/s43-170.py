from flask import Flask, redirect, request, session, url_for
import os

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/logout")
def logout():
    session.clear()
    dest = request.args.get("next") or url_for("index")
    return redirect(dest)


@app.route("/")
def index():
    return "Bye!"
