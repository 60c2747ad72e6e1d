from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.get("/jars")
def jars():
    label = escape(request.args.get("label", ""))
    body = f"<h2>Jar label preview</h2><p>{label}</p>"
    return body


@app.get("/jars/count")
def count():
    return {"count": len(request.args.getl