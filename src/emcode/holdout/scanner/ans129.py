import os

from flask import Flask, request

app = Flask(__name__)


@app.get("/read")
def read():
    name = request.args["name"]
    with open(os.path.join("/srv/notes", name)) as fh:
        text = fh.read()
    return {"name": name, "text": text[:
