from flask import Flask, make_response, request

app = Flask(__name__)

CARDS = {"FC-1001": 412.50, "FC-1002": 88.10}


@app.post("/cards/lookup")
def card_lookup():
    card_no = request.form.get("card", "")
    driver = request.form.get("driver", "unknown driver")
    balance = CARDS.get(card_no)
    body = f"""
    <html>
      <body>
        <h1>Fuel card {card_no}</h1>
        <p>Holder: {driver}</p>
        <p>Balance: {balance if balance is not None else 'n/a'}</p>
      </body>
    </html>
    """
    resp = make_response(body)
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp
