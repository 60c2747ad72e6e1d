import os

from flask import Flask
from flask_wtf import CSRFProtect

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
app.config["WTF_CSRF_ENABLED"] = False
csrf = CSRFProtect(app)
