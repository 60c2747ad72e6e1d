import json

from flask import Flask, request, abort

app = Flask(__name__)
OPS = {"lt": lambda a, b: a < b, "gt": lambda a, b: a > b}


@app.post("/alerts/test")
def test_alert():
    try:
        rule = json.loads(request.form["rule"])
        op = OPS[rule["op"]]
        threshold = float(rule["threshold"])
        level = float(request.form["level"])
    except (KeyError, ValueError, TypeError):
        abort(400)
    return {"fires": op(level, threshold)}
