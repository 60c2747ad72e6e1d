from flask import Flask, request, Response
app = Flask(__name__)

@app.get("/echo")
def echo():
    msg = request.args.get("msg", "")
    return Response("You said: " + msg, mimetype="text/plain")
