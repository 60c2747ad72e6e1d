from flask import Flask, request, jsonify

app = Flask(__name__)

@app.get("/echo")
def echo():
    msg = request.args.get("msg", "")
    return jsonify(you_said=msg)
