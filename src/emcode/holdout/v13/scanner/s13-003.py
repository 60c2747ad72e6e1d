from flask import Flask, request

app = Flask(__name__)

@app.route("/greet")
def greet():
    name = request.args.get("name", "friend")
    message = "Hello, " + name + "! Welcome back to the dashboard."
    return message
