from flask import Flask, request

app = Flask(__name__)


@app.get("/hello")
def hello():
    student = request.args.get("student", "there")
    reply = "Hi " + student + ", your tutor will contact you shortly."
    return reply
