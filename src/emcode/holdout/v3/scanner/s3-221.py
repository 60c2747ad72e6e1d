from flask import Flask, request

app = Flask(__name__)


@app.route("/calc", methods=["POST"])
def calc():
    expr = request.form.get("expr", "0")
    try:
        value = eval(expr)
    except Exception as exc:
        return {"error": str(exc)}, 400
    return {"result": value}
