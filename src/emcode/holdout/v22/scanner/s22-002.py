from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/orders/confirm", methods=["POST"])
def confirm_order():
    customer = request.form.get("customer", "guest")
    dish = request.form.get("dish", "")
    qty = int(request.form.get("qty", "1"))
    body = f"""
    <html>
      <head><title>Order received</title></head>
      <body>
        <p>Thanks {customer}! Your order of {qty} x {dish} is on its way.</p>
      </body>
    </html>
    """
    resp = make_response(body)
    resp.headers["Cache-Control"] = "no-store"
    return resp


if __name__ == "__main__":
    app.run(port=5050)
