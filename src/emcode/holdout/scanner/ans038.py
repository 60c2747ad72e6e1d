import mysql.connector

DB_PASSWORD = "hunter2-prod-2023"

conn = mysql.connector.connect(host="10.0.0.5", user="root", password=DB_PASSWORD,
                               database=
