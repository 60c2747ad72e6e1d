import os

from flask import Flask, request

app = Flask(__name__)
NOTES = "/srv/museum/conservation-notes"


@app.route("/notes")
def notes():
    name = request.args["name"]
    with open(os.path.join(NOTES, name), encoding="utf-8") as fh:
        text = fh.read()
    return {"name": name, "length": len(text), "preview": text[:2