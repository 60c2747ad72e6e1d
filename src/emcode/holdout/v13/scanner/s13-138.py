import os
from flask import Flask, session

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]
app.config["SESSION_COOKIE_SECURE"] = True
app.config["SESSION_COOKIE_HTTPONLY"] = True

@app.route("/visits")
def visits():
    session["n"] = session.get("n", 0) + 1
    return {"visits": session["n"]}
