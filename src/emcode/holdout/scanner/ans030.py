from flask import Flask, render_template, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    user = request.args.get("user", "stranger")
    return render_template("hello.html", user=user)
