from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/welcome")
def welcome():
    name = request.args.get("name", "guest")
    template = "<h1>Welcome to the bracket, " + name + "!</h1>"
    return render_template_string(template)
