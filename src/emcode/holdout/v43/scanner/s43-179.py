from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/greet")
def greet():
    who = request.args.get("name", "rider")
    return Response(f"Hello {who}, your bike is unlocked. Ride safe!", mimetype="text/plain")
