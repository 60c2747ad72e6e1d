from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/choir/hello")
def hello_singer():
    name = request.args.get("name", "singer")
    text = f"Welcome back, {name}! Your next rehearsal is Thursday."
    return Response(text, mimetype="text/plain")
