from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/greet")
def greet():
    member = request.args.get("member", "reader")
    msg = f"Welcome back, {member}! Your holds are ready for pickup."
    return Response(msg, mimetype="text/plain")
