from flask import Flask, redirect, request

app = Flask(__name__)


@app.get("/trial/consent/done")
def consent_done():
    return_to = request.args.get("return_to", "/dashboard")
    return redirect(return_to)
