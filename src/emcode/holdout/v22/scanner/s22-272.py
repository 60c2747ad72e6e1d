import os

from flask import Flask, request, abort

app = Flask(__name__)
DOCS = os.path.realpath("/srv/docs")


@app.get("/docs")
def read_doc():
    name = request.args.get("name", "index.md")
    path = os.path.realpath(os.path.join(DOCS, name))
    if not path.startswith(DOCS + os.sep):
        abort(404)
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    words = len(text.split())
    return {"name": os.path.basename(path), "words": wor