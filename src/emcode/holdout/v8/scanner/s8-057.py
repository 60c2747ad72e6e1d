from flask import Flask, request, session, redirect

app = Flask(__name__)
app.config["SECRET_KEY"] = "dev-key-please-change-7781"
ADMIN_USER = "admin"
ADMIN_PASS = "letmein42"


@app.post("/admin/login")
def admin_login():
    if request.form.get("user") == ADMIN_USER and request.form.get("password") == ADMIN_PASS:
        session["admin"] = True
        return redirect("/admin")
    return "nope", 401
