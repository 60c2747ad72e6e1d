from flask import Flask, request, redirect, session

app = Flask(__name__)


@app.route("/switch-account/<int:acct>")
def switch_account(acct):
    session["acct"] = acct
    return redirect(request.args.get("next", "/"))


@app.route("/accounts")
def accounts():
    ids = session.get("known_accounts", [])
    items = "".join(f"<li><a href='/switch-account/{i}'>Account {i}</a></li>" for i