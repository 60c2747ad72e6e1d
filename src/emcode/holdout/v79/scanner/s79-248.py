from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/notice")
def notice():
    msg = request.args.get("msg", "Club closed today")
    tpl = "<div class='banner'>" + msg + "</div>"
    return render_template_string(tpl)
