from flask import Flask, request

app = Flask(__name__)


@app.route("/greet")
def greet():
    who = request.args.get("name", "rider")
    return f"Hello {who}, your bike is unlocked. Ride safe!"
