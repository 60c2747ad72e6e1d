from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.post("/owners/letter")
def letter():
    body = request.form.get("body", "Dear {{ owner }},")
    rendered = render_template_string(body, owner="Ms Patel", pet="Luna")
    return {"letter": rendered}


@app.get("/owners/letter/help")
def help_text():
    return {"placeholders": ["owner", "pet", "due_da