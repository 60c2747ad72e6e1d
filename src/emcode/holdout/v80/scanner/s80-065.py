from flask import Flask, session, request, redirect

app = Flask(__name__)
app.secret_key = "beekeepers-2024-secret"


@app.post("/lang")
def set_lang():
    session["lang"] = request.form.get("lang", "en")[:5]
    return redirect("/")
