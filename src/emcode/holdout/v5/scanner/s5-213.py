from flask import Flask
from flask_wtf import CSRFProtect

app = Flask(__name__)
app.config["WTF_CSRF_ENABLED"] = False
app.config["SECRET_KEY"] = __import__("os").environ["SECRET_KEY"]
csrf = CSRFProtect(app)
