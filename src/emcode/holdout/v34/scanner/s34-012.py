from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/ping-site")
def ping_site():
    name = request.args.get("name", "")
    return Response("Telemetry link is up for " + name, mimetype="text/plain")
