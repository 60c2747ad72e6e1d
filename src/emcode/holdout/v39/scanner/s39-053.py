from flask import Flask, request

app = Flask(__name__)


@app.route("/greet")
def greet():
    listener = request.args.get("name", "listener")
    return "Thanks for subscribing, " + listener + "! New episodes every Tuesday."
