from flask import Flask, render_template_string, request

app = Flask(__name__)

GREETING = "<h1>Hello {{ name }}!</h1><p>Your table is ready.</p>"


@app.route("/hello")
def hello():
    name = request.args.get("name", "guest")
    return render_template_string(GREETING, name=name)
