import html

from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/error")
def echo_error():
    msg = request.args.get("msg", "unknown error")
    clean = html.escape(msg, quote=True)
    body = "Something went wrong: " + clean
    return Response(body, status=400, mimetype="text/plain")
