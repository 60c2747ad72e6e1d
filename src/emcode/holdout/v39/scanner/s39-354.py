from flask import Flask, session, request

app = Flask(__name__)
app.secret_key = "farmhire-session-key-do-not-share"


@app.post("/basket/add")
def add():
    basket = session.setdefault("basket", [])
    basket.append(request.form["item_id"])
    session.modified = True
    return {"count": len(basket)}
