from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.get("/telemetry/status")
def status():
    drone = escape(request.args.get("drone", "unknown"))
    markup = "<p>Latest packet from <b>%s</b> is being processed.</p>" % drone
    return markup
