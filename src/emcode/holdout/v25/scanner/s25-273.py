from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/welcome")
def welcome():
    name = request.args.get("name", "traveller")
    tmpl = """
    <h1>Welcome aboard, """ + name + """!</h1>
    <p>Your cabin: {{ cabin }}</p>
    """
    return render_template_string(tmpl, cabin="B12")
