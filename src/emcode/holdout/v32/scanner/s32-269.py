from flask import Flask, request, render_template_string

app = Flask(__name__)

HELLO = "<h2>Hello {{ name }}!</h2><p>Your plot is waiting.</p>"


@app.route("/hello")
def hello():
    return render_template_string(HELLO, name=request.args.get("name", "gardener"))
