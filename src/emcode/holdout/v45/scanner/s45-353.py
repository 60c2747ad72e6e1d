from flask import Flask

app = Flask(__name__)

PORTS = {"northbay", "kelp-island", "old-pier"}


@app.route("/ports/<name>")
def port(name):
    if name not in PORTS:
        return "Unknown port: " + name, 404
    return {"port": name, "open": True}
