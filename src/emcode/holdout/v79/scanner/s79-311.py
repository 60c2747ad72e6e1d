import re2
from flask import Flask, request, abort

app = Flask(__name__)

with open("/srv/genealogy/index.txt") as fh:
    NAMES = fh.read().splitlines()


@app.get("/names")
def names():
    pattern = request.args.get("pattern", "")[:200]
    try:
        rx = re2.compile(pattern)
    except re2.error:
        abort(400)
    return {"names": [n for n in NAMES if rx.search(n)][:100]}
