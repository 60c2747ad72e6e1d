from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/calc")
def calc():
    expr = request.form["expr"]
    result = eval(expr)
    history = request.cookies.get("history", "")
    return jsonify(result=result, history=history.split(",")[-5:] + [str(res