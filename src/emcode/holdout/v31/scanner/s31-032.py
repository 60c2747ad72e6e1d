from flask import Flask, request

app = Flask(__name__)


@app.get("/dashboard")
def dashboard():
    display = request.cookies.get("display_name", "athlete")
    template = "<h2>Welcome back, %(name)s</h2><p>Ready for today's workout?</p>"
    page = template % {"name": display}
    return page
