import ast

from flask import Flask, abort, request

app = Flask(__name__)


@app.route("/sum")
def total():
    raw = request.args.get("values", "[]")
    if len(raw) > 2000:
        abort(413)
    try:
        values = ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        abort(400)
    if not isinstance(values, list) or not all(isinstance(v, (int, float)) for v in values):
        abort(400)
    return {"sum": sum(values)}
