from flask import Flask, jsonify, request

app = Flask(__name__)

@app.route("/api/recalls")
def recalls():
    clinic = request.args.get("clinic", "main")
    return jsonify({"clinic": clinic, "due": [], "message": f"No recalls due at {clinic}"})
