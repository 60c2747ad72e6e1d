from flask import Flask, request
import markupsafe
app = Flask(__name__)

@app.route("/greet")
def greet():
    who = markupsafe.escape(request.args.get("who", ""))
    tpl = "<span class='greet'>Welcome back, %s</span>"
    return tpl % who
