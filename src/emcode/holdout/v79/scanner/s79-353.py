import ast
from flask import Flask, request, jsonify, abort

app = Flask(__name__)


@app.route("/periods", methods=["POST"])
def periods():
    raw = request.form.get("periods", "[]")
    try:
        value = ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        abort(400)
    if not isinstance(value, list) or not all(isinstance(v, int) for v in value):
        abort(400)
    return jsonify(total=sum(value))
