from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/welcome")
def welcome():
    name = request.args.get("name", "student")
    tpl = "<h1>Welcome back, " + name + "!</h1><p>Your next lesson is {{ lesson }}.</p>"
    return render_template_string(tpl, lesson="Thursday 17:00")
