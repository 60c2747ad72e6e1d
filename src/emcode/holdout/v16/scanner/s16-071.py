from flask import Flask, request, jsonify

app = Flask(__name__)
DEVICES = {"th-01": {"temp": 21.5}, "th-02": {"temp": 19.0}}


@app.get("/devices/lookup")
def lookup():
    name = request.args.get("name", "")
    dev = DEVICES.get(name)
    if dev is None:
        return jsonify(error=f"unknown device {name}"), 404
    return jsonify(name=name, **dev)
