from flask import Flask, request, redirect

app = Flask(__name__)

@app.route("/r")
def r():
    return redirect(request.args["to"])

@app.route("/stats")
def stats():
    return {"clicks": 