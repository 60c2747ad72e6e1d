from html import escape

from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/meter/lookup")
def meter_lookup():
    serial = request.args.get("serial", "")
    shown = escape(serial)
    body = "<html><body><h1>Meter " + shown + "</h1><p>No readings on file yet.</p></body></html>"
    resp = make_response(body)
    resp.headers["X-Content-Type-Options"] = "nosniff"
    return resp
