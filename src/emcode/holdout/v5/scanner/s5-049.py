from flask import Flask, request, render_template_string

app = Flask(__name__)
TEMPLATE = "<div class='notice'>{{ text }}</div>"

@app.route("/notice")
def notice():
    text = request.args.get("text", "")
    return render_template_string(TEMPLATE, text=text)
