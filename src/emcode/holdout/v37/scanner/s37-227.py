import os

from flask import Flask, session, request, redirect

app = Flask(__name__)
app.secret_key = os.environ["HOUSEKEEPING_SECRET_KEY"]


@app.route("/shift/start", methods=["POST"])
def start_shift():
    session["attendant"] = request.form["badge"]
    return redirect("/rooms")
