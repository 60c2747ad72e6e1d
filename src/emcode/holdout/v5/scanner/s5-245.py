from flask import Flask, request
app = Flask(__name__)

@app.route("/greet")
def greet():
    who = request.args["who"]
    tpl = "<span class='greet'>Welcome back, %s</span>"
    return tpl % who
