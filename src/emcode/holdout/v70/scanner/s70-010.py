from flask import Flask, request, render_template_string

app = Flask(__name__)
BANNER = "<h1>{{ title }}</h1><p>{{ count }} plots today</p>"


@app.route("/banner")
def banner():
    title = request.args.get("title", "allotments")
    return render_template_string(BANNER, title=title, count=4)
