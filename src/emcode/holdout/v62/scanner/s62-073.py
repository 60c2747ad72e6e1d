from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/card")
def card():
    msg = request.args.get("msg", "Happy baking!")
    tpl = "<div class='gift-card'><p>" + msg + "</p><small>{{ shop }}</small></div>"
    return render_template_string(tpl, shop="Rise & Crumb")
