from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/invite/preview")
def invite_preview():
    couple = request.args.get("couple", "Sam & Alex")
    tpl = "<div class='card'><h1>" + couple + "</h1><p>request the pleasure of your company</p></div>"
    return render_template_string(tpl)
