from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    who = request.args.get("name", "skier")
    return Response(f"Welcome back, {who}! Lifts open at 8:30.", mimetype="text/plain")
