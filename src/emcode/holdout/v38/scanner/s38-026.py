from flask import Flask, request

app = Flask(__name__)


class Config:
    SECRET_KEY = __import__("os").environ.get("APP_SECRET", "")


class Pass:
    def __init__(self, holder, tier):
        self.holder = holder
        self.tier = tier
        self.config = Config()


@app.route("/pass/label")
def pass_label():
    fmt = request.args.get("fmt", "{p.holder} - {p.tier}")
    p = Pass("Dana Kim", "gold")
    return {"label": fmt.format(p=p)}
