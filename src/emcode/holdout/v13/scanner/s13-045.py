from flask import Flask, request, render_template_string

app = Flask(__name__)
TEMPLATE = "<p>Hello, {{ name }}!</p>"

@app.route("/hello")
def hello():
    name = request.args.get("name", "friend")
    return render_template_string(TEMPLATE, name=name)
