from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/checkout/return")
def checkout_return():
    dest = request.args.get("to", "/")
    return redirect(dest)


@app.route("/checkout/cancel")
def checkout_cancel():
    return redirect("/passes?msg=cance