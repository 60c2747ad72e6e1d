from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/card")
def render_card():
    title = request.args.get("title", "Happy birthday!")
    sender = request.args.get("from", "a friend")
    template = "<div class='card'><h1>" + title + "</h1><p>from {{ sender }}</p></div>"
    return render_template_string(template, sender=sender)
