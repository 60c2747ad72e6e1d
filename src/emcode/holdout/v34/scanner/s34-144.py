from flask import Flask, request

app = Flask(__name__)


@app.route("/ping-site")
def ping_site():
    name = request.args.get("name", "")
    return "Telemetry link is up for " + name
