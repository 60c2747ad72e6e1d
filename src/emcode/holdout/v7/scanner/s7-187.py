from flask import Flask, request, render_template_string

app = Flask(__name__)
TPL = "<p>Order {{ order_id }} is {{ status }}</p>"


@app.route("/order-status")
def order_status():
    return render_template_string(TPL, order_id=request.args.get("id"), status=