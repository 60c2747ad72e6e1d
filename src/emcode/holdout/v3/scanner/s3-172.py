from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/greet")
def greet():
    name = request.args.get("name", "world")
    template = """
    <h1>Hello {}!</h1>
    <p>Today is {{{{ today }}}}.</p>
    """.format(name)
    return render_template_string(template, today="Monday")
