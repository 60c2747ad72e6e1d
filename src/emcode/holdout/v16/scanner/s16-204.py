from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/calc")
def calc():
    expr = request.args.get("expr", "0")
    try:
        result = eval(expr)
    except Exception as exc:
        return jsonify(error=str(exc)), 400
    return jsonify(result=result)
