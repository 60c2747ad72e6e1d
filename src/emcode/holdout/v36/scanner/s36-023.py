from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/receipt")
def receipt():
    customer = request.args.get("name", "friend")
    tpl = "<h2>Thanks " + customer + "!</h2><p>Order total: {{ total }}</p>"
    return render_template_string(tpl, total="$14.50")
