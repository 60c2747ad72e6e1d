import ast

from flask import Flask, request

app = Flask(__name__)


@app.route("/parse", methods=["POST"])
def parse_list():
    raw = request.form.get("values", "[]")
    try:
        values = ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        return {"error": "not a literal"}, 400
    if not isinstance(values, list):
        return {"error": "expected a list"}, 400
    return {"sum": sum(v for v in values if isinstance(v, (int, float)))}
