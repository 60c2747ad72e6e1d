from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/hello")
def hello():
    student = request.args.get("student", "there")
    return jsonify(message=f"Hi {student}, your tutor will contact you shortly.")
