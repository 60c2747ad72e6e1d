from flask import Flask, render_template_string, request

app = Flask(__name__)

TPL = "<h1>Welcome back, {{ name }}!</h1><p>Your next lesson is {{ lesson }}.</p>"


@app.route("/welcome")
def welcome():
    name = request.args.get("name", "student")
    return render_template_string(TPL, name=name, lesson="Thursday 17:00")
