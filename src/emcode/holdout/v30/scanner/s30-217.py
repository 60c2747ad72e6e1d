import os

from flask import Flask, Response, abort, request

app = Flask(__name__)
NOTES_DIR = "/srv/dental/clinical-notes"


@app.get("/notes")
def read_note():
    note_id = request.args.get("id", type=int)
    if note_id is None:
        abort(400)
    with open(os.path.join(NOTES_DIR, f"{note_id}.txt"), encoding="utf-8") as fh:
        text = fh.read()
    return Response(text, mimetype="text/pl