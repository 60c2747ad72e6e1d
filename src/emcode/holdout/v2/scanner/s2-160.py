from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/api/echo")
def echo():
    text = request.args.get("text", "")
    return jsonify(text=text, upper=text.upper())
