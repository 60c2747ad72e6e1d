from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/banner")
def banner():
    title = request.args.get("title", "Welcome")
    template = "<header><h1>" + title + "</h1></header>{{ footer }}"
    return render_template_string(template, footer="(c) Example")
