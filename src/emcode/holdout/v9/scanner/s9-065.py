from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = "dev-key-change-me-123"
ADMIN_PASS = "admin2023"


@app.post("/admin/login")
def admin_login():
    if request.form.get("password") == ADMIN_PASS:
        session["admin"] = True
        return "welcome"
    return "denied", 403
