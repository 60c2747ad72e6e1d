import os

from flask import Flask, request

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]


class Receipt:
    def __init__(self, app_obj, amount):
        self.app = app_obj
        self.amount = amount


@app.route("/receipt/custom")
def custom_receipt():
    fmt = request.args.get("fmt", "Total: {r.amount}")
    text = fmt.format(r=Receipt(app, 12.5))
    return {"receipt": text}
