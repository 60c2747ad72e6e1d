import ast
from flask import Flask, request, abort

app = Flask(__name__)

@app.post("/weights")
def weights():
    try:
        values = ast.literal_eval(request.form["weights"])
    except (ValueError, SyntaxError):
        abort(400)
    if not isinstance(values, list) or not all(isinstance(v, (int, float)) for v in values):
        abort(400)
    return {"sum": sum(values)}
