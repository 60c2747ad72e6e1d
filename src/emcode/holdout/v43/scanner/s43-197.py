import os

from flask import Flask, request, session, redirect

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.post("/translator/payout")
def update_payout():
    if "translator_id" not in session:
        return redirect("/login")
    iban = request.form["iban"]
    # save iban for session["translator_id"]
    return redirect("/translator/profile")
