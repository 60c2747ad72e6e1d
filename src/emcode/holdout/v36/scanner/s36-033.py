from flask import Flask, render_template_string, request

app = Flask(__name__)
RECEIPT = "<h2>Thanks {{ customer }}!</h2><p>Order total: {{ total }}</p>"


@app.route("/receipt")
def receipt():
    customer = request.args.get("name", "friend")
    return render_template_string(RECEIPT, customer=customer, total="$14.50")
