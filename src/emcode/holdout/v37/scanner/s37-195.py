from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/rota/calc")
def calc():
    expr = request.json.get("expr", "0")
    hours = eval(expr)
    return jsonify(hours=hours)
