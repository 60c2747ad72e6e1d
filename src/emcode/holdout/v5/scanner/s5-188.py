import os
from flask import Flask
import psycopg2

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]

def get_db():
    return psycopg2.connect(host=os.environ.get("DB_HOST", "db"), user=os.environ["DB_USER"],
                            password=os.environ["DB_PASSWORD"], dbname="prod")
