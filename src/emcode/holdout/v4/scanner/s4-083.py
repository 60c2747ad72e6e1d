from flask import Flask, request

app = Flask(__name__)


@app.route("/echo")
def echo():
    msg = request.args.get("msg", "")
    reply = "You said: %s" % msg
    return reply
