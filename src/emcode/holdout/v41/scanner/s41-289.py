import re

from flask import Flask, request

app = Flask(__name__)
TAG_LIST = re.compile(r"\d{10}(?:,\d{10})*")


@app.post("/bags/bulk")
def bulk():
    tags = request.form.get("tags", "")
    if len(tags) > 11_000 or not TAG_LIST.fullmatch(tags):
        return {"error": "tags must be comma-separated 10-digit numbers"}, 400
    return {"count": len(tags.split(","))}
