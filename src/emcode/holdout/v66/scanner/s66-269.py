import psycopg2

DB_PASSWORD = "Gl4cier!2025"
conn = psycopg2.connect(host="db.glacier.internal", dbname="readings", user="ingest", password=DB_PASSWORD)
cur = conn.cursor()
cur.execute("SELECT station, max(ts) FROM readings GROUP BY sta