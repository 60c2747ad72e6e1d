import ast
from flask import Flask, request

app = Flask(__name__)


@app.post("/rules/threshold")
def threshold():
    value = ast.literal_eval(request.form["limits"])
    if not isinstance(value, (list, tuple)):
        return {"error": "need a list"}, 400
    return {"count": len(val