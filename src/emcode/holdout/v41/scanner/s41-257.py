import re

from flask import Flask, request

app = Flask(__name__)
TAG_LIST = re.compile(r"^(\d+,?)+$")


@app.post("/bags/bulk")
def bulk():
    tags = request.form.get("tags", "")
    if not TAG_LIST.match(tags):
        return {"error": "tags must be comma-separated digits"}, 400
    return {"count": len([t for t in tags.split(",") if t])}
