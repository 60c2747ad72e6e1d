from flask import Flask, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "guest")
    body = f"<h1>Hello {name}</h1><p>Welcome back.</p>"
    return body


@app.route("/bye")
def bye():
    return render_template("bye.html", name=request.args.get(