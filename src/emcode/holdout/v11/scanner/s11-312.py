from flask import Flask, make_response

app = Flask(__name__)

TEMPLATE = "<div class='device'><h3>{name}</h3><span>status: {status}</span></div>"
STATUS = {"thermo-1": "online", "door-2": "offline"}


@app.route("/devices/<name>")
def device_card(name):
    status = STATUS.get(name, "unknown")
    body = TEMPLATE.format(name=name, status=status)
    resp = make_response(body, 200)
    resp.headers["Cache-Control"] = "no-store"
    return resp
