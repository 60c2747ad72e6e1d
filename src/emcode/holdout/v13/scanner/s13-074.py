import ast
from flask import Flask, request

app = Flask(__name__)

@app.route("/sum")
def total():
    try:
        values = ast.literal_eval(request.args.get("values", "[]"))
    except (ValueError, SyntaxError):
        return {"error": "bad list"}, 400
    if not isinstance(values, list) or not all(isinstance(v, (int, float)) for v in values):
        return {"error": "numbers only"}, 400
    return {"sum": sum(values)}
