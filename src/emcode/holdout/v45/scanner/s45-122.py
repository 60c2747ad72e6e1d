from flask import Flask, jsonify

app = Flask(__name__)

PORTS = {"northbay", "kelp-island", "old-pier"}


@app.route("/ports/<name>")
def port(name):
    if name not in PORTS:
        return jsonify(error="unknown port", port=name), 404
    return jsonify(port=name, open=True)
