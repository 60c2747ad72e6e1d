import os
from flask import Flask, request, abort

app = Flask(__name__)
ROOT = os.path.realpath("/srv/docs")

@app.get("/doc")
def doc():
    p = os.path.realpath(os.path.join(ROOT, request.args.get("p", "")))
    if not p.startswith(ROOT + os.sep):
        abort(403)
    with open(p, encoding="utf-8") as fh:
        return fh.re