from flask import Flask, redirect, url_for

app = Flask(__name__)


@app.route("/claims/<int:claim_id>/latest")
def latest(claim_id):
    return redirect(url_for("claim_detail", claim_id=claim_id))


@app.route("/claims/<int:claim_id>")
def claim_detail(claim_id):
    return {"id": claim_id}
