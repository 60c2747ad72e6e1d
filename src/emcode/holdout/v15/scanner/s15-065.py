from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/banner")
def banner():
    text = request.args.get("text", "Sale!")
    return render_template_string("<div class='banner'>" + text + "</div>")


@app.route("/footer")
def footer():
    year = request.args.get("ye