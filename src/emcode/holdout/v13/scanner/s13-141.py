from markupsafe import Markup
from flask import Flask, request, render_template_string

app = Flask(__name__)

@app.route("/announce")
def announce():
    msg = request.args.get("msg", "")
    banner = Markup("<div class='banner'>" + msg + "</div>")
    return render_template_string("<body>{{ banner }}</body>", banner=banner)
