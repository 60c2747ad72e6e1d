from flask import Flask, request

app = Flask(__name__)


@app.get("/hello")
def hello():
    who = request.args.get("name", "driver")
    return "Welcome back, " + who + "! Your rental is ready for pickup."
