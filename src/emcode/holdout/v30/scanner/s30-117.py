import os

from flask import Flask, Response, request

app = Flask(__name__)
NOTES_DIR = "/srv/dental/clinical-notes"


@app.get("/notes")
def read_note():
    fname = request.args.get("f", "")
    with open(os.path.join(NOTES_DIR, fname), encoding="utf-8") as fh:
        text = fh.read()
    return Response(text, mimetype="text/pl