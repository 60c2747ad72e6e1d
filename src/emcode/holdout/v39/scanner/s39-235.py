from flask import Flask, request

app = Flask(__name__)


class Config:
    SECRET_KEY = "x"


class Label:
    def __init__(self, item):
        self.item = item
        self.config = Config


@app.route("/label")
def label():
    fmt = request.args.get("fmt", "{0.item}")
    return {"label": fmt.format(Label("Roman coin"))}
