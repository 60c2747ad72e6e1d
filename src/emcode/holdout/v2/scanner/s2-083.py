from flask import Flask, render_template_string, request

app = Flask(__name__)

BANNER = "<header><h1>{{ title }}</h1></header>{{ footer }}"


@app.route("/banner")
def banner():
    title = request.args.get("title", "Welcome")
    return render_template_string(BANNER, title=title, footer="(c) Example")
