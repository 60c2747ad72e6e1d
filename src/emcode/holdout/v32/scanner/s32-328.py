from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "gardener")
    template = "<h2>Hello " + name + "!</h2><p>Your plot is waiting.</p>"
    return render_template_string(template)
