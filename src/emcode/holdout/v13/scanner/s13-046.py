from flask import Flask, request, Response

app = Flask(__name__)

@app.route("/echo")
def echo():
    msg = request.args.get("msg", "")
    text = "You said: " + msg
    return Response(text, mimetype="text/plain")
