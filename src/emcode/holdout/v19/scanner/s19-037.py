from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/calc")
def calc():
    expr = request.args.get("expr", "0")
    try:
        value = eval(expr)
    except Exception as exc:
        return jsonify(error=type(exc).__name__), 400
    return jsonify(result=value)
