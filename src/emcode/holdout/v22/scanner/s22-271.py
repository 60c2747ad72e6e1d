import os

from flask import Flask, request

app = Flask(__name__)
DOCS = "/srv/docs"


@app.get("/docs")
def read_doc():
    name = request.args.get("name", "index.md")
    with open(os.path.join(DOCS, name), encoding="utf-8") as fh:
        text = fh.read()
    return {"name": name, "text": text}


@app.post("/docs")
def write_doc():
    name = request.form["name"]
    if not name.endswith(".md"):
        return {"error": "markdown o