import os
from flask import Flask, request

app = Flask(__name__)

@app.get("/view")
def view():
    name = request.args["file"]
    with open(os.path.join("/srv/notes", name)) as fh:
        text = fh.read()
    lines = text.splitlines()
    return {"first": lines[0] if lines else "", "count": len(li