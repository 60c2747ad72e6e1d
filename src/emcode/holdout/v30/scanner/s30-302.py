from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/greet")
def greet():
    name = request.args.get("name", "guest")
    return jsonify(message=f"Hello {name}, your car is ready")


@app.get("/branches")
def branches():
    return jsonify(["Heathrow", "Manchester", "Edinbu