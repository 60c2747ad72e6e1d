import os
from flask import Flask, session, request

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]


@app.route("/set-boat", methods=["POST"])
def set_boat():
    session["boat"] = request.form["boat"]
    return {"boat": session["boat"]}
