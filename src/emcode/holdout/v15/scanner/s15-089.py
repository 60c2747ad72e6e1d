import ast
from flask import Flask, request

app = Flask(__name__)


@app.route("/parse", methods=["POST"])
def parse():
    try:
        value = ast.literal_eval(request.get_data(as_text=True))
    except (ValueError, SyntaxError):
        return {"error": "not a literal"}, 400
    return {"type": type(value).__name__, "repr": repr(val