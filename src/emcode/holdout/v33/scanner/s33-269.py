from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.post("/tickets/<int:ticket_id>/pay")
def pay(ticket_id):
    amount = int(request.form.get("amount_cents", "0"))
    # payment gateway call would go here
    resp = redirect(url_for("receipt", ticket_id=ticket_id))
    resp.headers["X-Paid-Cents"] = str(amount)
    return resp


@app.route("/tickets/<int:ticket_id>/receipt")
def receipt(ticket_id):
    return {"ticket": ticket_id, "paid": True}
