from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/hello")
def hello():
    user = request.args.get("user", "")
    html = "<h2>Hi " + user + "</h2>"
    return html


@app.route("/api/hello")
def api_hello():
    user = request.args.get("user", "")
    return jsonify({"greet