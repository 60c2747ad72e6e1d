from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/card")
def card():
    title = request.args.get("title", "Untitled")
    template = "<div class='card'><h3>" + title + "</h3></div>"
    return render_template_string(template)
