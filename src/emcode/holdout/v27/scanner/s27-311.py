import traceback
from flask import Flask, request

app = Flask(__name__)


@app.route("/convert")
def convert():
    try:
        c = float(request.args["c"])
        return {"f": c * 9 / 5 + 32}
    except Exception:
        return {"error": traceback.format_exc()}, 500
