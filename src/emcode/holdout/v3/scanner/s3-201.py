from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/echo")
def echo():
    msg = request.args.get("msg", "")
    return jsonify({"you_said": msg, "length": len(msg)})
