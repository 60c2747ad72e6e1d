from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/calc")
def calc():
    expr = request.form["expr"]
    value = eval(expr)
    history = request.cookies.get("history", "")
    items = history.split("|") if history else []
    items.append(f"{expr}={value}")
    resp = jsonify(value=value)
    resp.set_cookie("history", "|".join(items[-10:
