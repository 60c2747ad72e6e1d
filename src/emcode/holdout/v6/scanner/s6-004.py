from flask import Flask, request

app = Flask(__name__)

@app.get("/echo")
def echo():
    msg = request.args.get("msg", "")
    reply = "You said: " + msg
    return reply
