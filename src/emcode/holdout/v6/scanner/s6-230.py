import os
from flask import Flask, request, abort

app = Flask(__name__)
BASE = os.path.realpath("/srv/notes")

@app.get("/view")
def view():
    target = os.path.realpath(os.path.join(BASE, request.args["file"]))
    if os.path.commonpath([BASE, target]) != BASE:
        abort(404)
    with open(target) as fh:
        return {"text": fh.read()[:2000], "name": os.path.basen