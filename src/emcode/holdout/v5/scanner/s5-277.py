from flask import Flask, request, render_template_string

app = Flask(__name__)

@app.route("/notice")
def notice():
    text = request.args.get("text", "")
    template = "<div class='notice'>" + text + "</div>"
    return render_template_string(template)
