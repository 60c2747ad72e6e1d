import ast

from flask import Flask, request

app = Flask(__name__)


@app.post("/quote")
def quote():
    try:
        extras = ast.literal_eval(request.form.get("extras", "[]"))
        days = int(request.form.get("days", "1"))
    except (ValueError, SyntaxError):
        return {"error": "bad input"}, 400
    if not isinstance(extras, list) or not all(isinstance(x, (int, float)) for x in extras):
        return {"error": "extras must be numbers"}, 400
    return {"price": days * 85 + sum(extras)}
