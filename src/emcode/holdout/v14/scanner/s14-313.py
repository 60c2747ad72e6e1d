import ast
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/parse")
def parse():
    raw = request.form["value"]
    try:
        value = ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        return jsonify(error="not a literal"), 4