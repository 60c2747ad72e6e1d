import re
from flask import Flask, request, jsonify

app = Flask(__name__)
ALLOWED_START = re.compile(r"^\s*[\d(]")


@app.route("/bot/calc", methods=["POST"])
def calc():
    text = request.json.get("text", "")
    if not text.startswith("/calc "):
        return jsonify(reply="try /calc 2+2")
    expr = text[len("/calc "):]
    if not ALLOWED_START.match(expr):
        return jsonify(reply="expression must start with a number")
    result = eval(expr)
    return jsonify(reply=f"{expr} = {result}")
