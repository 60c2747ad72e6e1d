import os
from flask import Flask, request, Response

app = Flask(__name__)
SCORES = "/srv/exam/scores"


@app.get("/scores")
def scores():
    name = request.args.get("file", "")
    with open(os.path.join(SCORES, name)) as fh:
        data = fh.read()
    lines = data.splitlines()
    header, rows = lines[0], lines[1:]
    total = 0
    for row in rows:
        total += int(row.split(",")[2
