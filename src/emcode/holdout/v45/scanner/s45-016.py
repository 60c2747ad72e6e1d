from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/escape/hint")
def hint():
    room = request.args.get("room", "")
    msg = f"Sorry, no more hints are available for {room} today."
    return Response(msg, mimetype="text/plain")
