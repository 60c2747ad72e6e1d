import os

from flask import Flask, session, request, redirect

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]


@app.route("/team", methods=["POST"])
def set_team():
    session["team"] = request.form.get("team", "")[:40]
    return redirect("/rooms")
