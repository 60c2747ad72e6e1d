from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/echo-site")
def echo_site():
    site = request.args.get("site", "")
    return jsonify({"site": site, "status": "queued"})
