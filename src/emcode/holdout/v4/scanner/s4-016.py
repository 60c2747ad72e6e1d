from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/echo")
def echo():
    msg = request.args.get("msg", "")
    reply = {"you_said": msg}
    return jsonify(reply)
