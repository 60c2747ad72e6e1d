from string import Template

from flask import Flask, request

app = Flask(__name__)


@app.get("/label")
def label():
    fmt = request.args.get("fmt", "Plot $number - $holder")
    text = Template(fmt).safe_substitute(number=12, holder="R. Greenway")
    return {"label": text}
