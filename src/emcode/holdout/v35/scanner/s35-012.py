import os

from flask import Flask, session

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]

DEFAULTS = {"frequency": "weekly", "format": "html"}


@app.route("/prefs")
def show_prefs():
    prefs = dict(DEFAULTS)
    prefs.update(session.get("prefs", {}))
    return {"prefs": prefs}
