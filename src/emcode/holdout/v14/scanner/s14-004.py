from flask import Flask, request, Response

app = Flask(__name__)


@app.get("/hello")
def hello():
    who = request.args.get("name", "stranger")
    message = f"Hello, {who}! Your request was logged."
    return Response(message, mimetype="text/plain")


@app.get("/echo")
def echo():
    payload = request.args.get("v", "")
    return Response(payload[:200], mimetype="text/plain; charset=utf-8")
