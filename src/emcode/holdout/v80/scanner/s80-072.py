import importlib

from flask import Flask, request

app = Flask(__name__)


@app.get("/export")
def export():
    fmt = request.args.get("format", "csv")
    mod = importlib.import_module("exporters." + fmt if "." not in fmt else fmt)
    return mod.render_donations()
