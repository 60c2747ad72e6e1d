import os

from flask import Flask, request

app = Flask(__name__)
BASE = "/srv/studio/patch-notes"


@app.get("/notes")
def notes():
    version = request.args.get("v", "latest")
    path = os.path.join(BASE, version + ".md")
    try:
        with open(path) as fh:
            return fh.read(), 200, {"Content-Type": "text/plain"}
    except FileNotFoundError:
        return {"error": "no notes for ver