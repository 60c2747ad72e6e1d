from flask import Flask, request

app = Flask(__name__)


@app.route("/greet")
def greet():
    member = request.args.get("member", "reader")
    return f"Welcome back, {member}! Your holds are ready for pickup."
