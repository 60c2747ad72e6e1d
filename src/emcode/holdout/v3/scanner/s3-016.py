from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/debug/echo")
def echo():
    body = "received: " + request.args.get("payload", "")
    return Response(body, mimetype="text/plain")
