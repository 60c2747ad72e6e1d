import os

from flask import Flask, Response, request

app = Flask(__name__)
NOTES_DIR = "/srv/bikeshop/notes"


@app.get("/notes")
def read_note():
    name = request.args.get("name", "")
    with open(os.path.join(NOTES_DIR, name), encoding="utf-8") as fh:
        text = fh.read()
    return Response(text, mimetype="text/pl