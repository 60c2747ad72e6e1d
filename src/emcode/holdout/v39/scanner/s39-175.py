from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/greet")
def greet():
    listener = request.args.get("name", "listener")
    msg = "Thanks for subscribing, " + listener + "! New episodes every Tuesday."
    return Response(msg, mimetype="text/plain")
