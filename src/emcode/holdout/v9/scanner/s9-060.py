from flask import Flask, request

app = Flask(__name__)


@app.get("/calc")
def calc():
    expr = request.args.get("expr", "0")
    allowed = set("0123456789+-*/(). ")
    if len(expr) > 200:
        return "too long", 400
    result = eval(expr)
    return {"expr": expr, "result": result}
