from flask import Flask, redirect, request

app = Flask(__name__)


@app.get("/out")
def outbound():
    dest = request.args.get("url", "/")
    return redirect(dest)


@app.get("/sponsors")
def sponsors():
    return {"sponsors": ["Acme Floss", "Smile Co"], "updated": "2026-0