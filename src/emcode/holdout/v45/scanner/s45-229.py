from flask import Flask, request

app = Flask(__name__)


@app.route("/escape/hint")
def hint():
    room = request.args.get("room", "")
    return f"Sorry, no more hints are available for {room} today."
