from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/drones/badge")
def badge():
    callsign = request.args.get("callsign", "")
    snippet = Markup('<span class="badge">{}</span>').format(callsign)
    return str(snippet)
