from flask import Flask
import psycopg2

app = Flask(__name__)
app.config["SECRET_KEY"] = "super-secret-key-123"
DB_PASSWORD = "P@ssw0rd!"

def get_db():
    return psycopg2.connect(host="db", user="admin", password=DB_PASSWORD, dbname="prod")
