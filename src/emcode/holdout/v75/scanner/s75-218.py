from flask import Flask, session, request

app = Flask(__name__)
app.secret_key = "allotment-committee-2024!"


@app.post("/plot/claim")
def claim():
    session["claimed"] = request.form["plot"]
    return {"ok": True}
