from flask import Flask, request

app = Flask(__name__)
STATUS = {"ok": "Dock working", "jam": "Dock jammed", "off": "Dock offline"}


@app.get("/docks/status")
def dock_status():
    code = request.args.get("code", "")
    label = STATUS.get(code, "Unknown status")
    return "<p>Status: " + label + "</p>"
