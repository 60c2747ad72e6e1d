from flask import Flask, request, render_template_string

app = Flask(__name__)

CARD = "<div class='gift-card'><p>{{ msg }}</p><small>{{ shop }}</small></div>"


@app.route("/card")
def card():
    msg = request.args.get("msg", "Happy baking!")
    return render_template_string(CARD, msg=msg, shop="Rise & Crumb")
