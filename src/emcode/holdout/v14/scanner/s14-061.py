from flask import Flask, request, redirect, session
import os

app = Flask(__name__)
app.secret_key = os.environ["SECRET"]


@app.route("/auth/callback", methods=["POST"])
def callback():
    session["uid"] = request.form["uid"]
    target = request.form.get("next") or "/"
    return redirect(target)
