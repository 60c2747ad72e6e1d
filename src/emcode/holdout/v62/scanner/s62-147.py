from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/calc")
def calc():
    expr = request.args.get("expr", "0")
    value = eval(expr)
    history = []
    history.append({"expr": expr, "value": val