from flask import Flask, render_template_string, request

app = Flask(__name__)

PAGE = "<h1>Hello {{ name }}!</h1><p>Today is {{ today }}.</p>"


@app.route("/greet")
def greet():
    name = request.args.get("name", "world")
    return render_template_string(PAGE, name=name, today="Monday")
