from flask import Flask, Response, request

app = Flask(__name__)
KNOWN = {"pump-3": "ok", "valve-7": "maintenance"}


@app.route("/status")
def status():
    unit = request.args.get("unit", "")
    state = KNOWN.get(unit, "unknown")
    text = f"unit {unit}: {state}\n"
    return Response(text, mimetype="text/plain")
