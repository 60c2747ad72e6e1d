from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/banner")
def banner():
    title = request.args.get("title", "icerink")
    tpl = "<h1>" + title + "</h1><p>{{ count }} bookings today</p>"
    return render_template_string(tpl, count=4)
