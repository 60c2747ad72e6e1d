from flask import Flask, request

app = Flask(__name__)


@app.route("/fare/calc")
def calc():
    expr = request.args.get("expr", "0")
    total = eval(expr)
    return {"total": total}
