from string import Template

from flask import Flask, request

app = Flask(__name__)


@app.get("/greeting")
def greeting():
    fmt = request.args.get("fmt", "Welcome back, $name!")
    text = Template(fmt).safe_substitute(name="Ada", branch="Central")
    return {"text": text}
