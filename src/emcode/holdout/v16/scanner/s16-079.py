from flask import Flask, request, render_template_string

app = Flask(__name__)
TEMPLATE = "<h1>Hello {{ name }}!</h1><p>{{ now }}</p>"


@app.route("/hello")
def hello():
    name = request.args.get("name", "world")
    return render_template_string(TEMPLATE, name=name, now="today")
