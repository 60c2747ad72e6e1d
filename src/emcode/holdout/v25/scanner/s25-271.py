from flask import Flask, request, render_template_string

app = Flask(__name__)
WELCOME = """
<h1>Welcome aboard, {{ name }}!</h1>
<p>Your cabin: {{ cabin }}</p>
"""


@app.route("/welcome")
def welcome():
    name = request.args.get("name", "traveller")
    return render_template_string(WELCOME, name=name, cabin="B12")
