from flask import Flask, request

app = Flask(__name__)


@app.route("/orders/receipt")
def receipt():
    customer = request.args.get("customer", "")
    page = f"""<html>
<body>
  <h1>Receipt for {custo