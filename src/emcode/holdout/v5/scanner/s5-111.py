import ast
from flask import Flask, request

app = Flask(__name__)

@app.route("/recent")
def recent():
    raw = request.cookies.get("recent", "[]")
    try:
        items = ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        items = []
    if not isinstance(items, list):
        items = []
    return {"recent": [str(i) for i in items[:5]]}
