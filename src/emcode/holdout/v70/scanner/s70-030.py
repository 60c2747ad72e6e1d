from flask import Flask, request

app = Flask(__name__)


class Config:
    SECRET_KEY = __import__("os").environ.get("SECRET_KEY", "")


CONFIG = Config()


@app.get("/label")
def label():
    fmt = request.args.get("fmt", "{plot} ready")
    return fmt.format(plot="A-12", config=CONFIG)
