import traceback

from flask import Flask, request

app = Flask(__name__)


@app.route("/convert", methods=["POST"])
def convert():
    try:
        amount = float(request.form["amount"])
        rate = lookup_rate(request.form["currency"])
        return {"converted": amount * rate}
    except Exception:
        return {"error": traceback.format_exc()}, 500


def lookup_rate(cur):
    return {"EUR": 0.9}[cur]
