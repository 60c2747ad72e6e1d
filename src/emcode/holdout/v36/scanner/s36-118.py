from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/echo-order")
def echo_order():
    data = request.get_json(force=True) or {}
    return jsonify(received=data.get("items", []), note=data.get("note", ""))
