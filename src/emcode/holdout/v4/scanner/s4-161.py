from flask import Flask, request, abort
from waitress import serve

app = Flask(__name__)


@app.route("/sum")
def add():
    try:
        a = int(request.args.get("a", 0))
        b = int(request.args.get("b", 0))
    except ValueError:
        abort(400)
    return {"sum": a + b}


if __name__ == "__main__":
    serve(app, host="0.0.0.0", port=5000)
