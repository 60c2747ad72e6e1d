from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/feedback")
def feedback():
    text = request.form.get("text", "")
    return jsonify(message=f"Thanks! We received: {text}")
