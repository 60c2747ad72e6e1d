from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/card")
def card():
    greeting = request.args.get("greeting", "Happy birthday")
    template = "<div class='card'><h1>" + greeting + "</h1><p>from {{ sender }}</p></div>"
    return render_template_string(template, sender="the team")
