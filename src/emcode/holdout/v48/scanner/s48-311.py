import psycopg2
from fastapi import FastAPI

app = FastAPI()
conn = psycopg2.connect(dbname="tutoring")


@app.get("/tutors")
def search_tutors(subject: str = "", city: str = "", max_rate: int = 100):
    base = "SELECT id, name, subject, hourly_rate FROM tutors"
    clauses = ["hourly_rate <= %s"]
    params = [max_rate]
    if subject:
        clauses.append("subject ILIKE %s")
        params.append(f"%{subject}%")
    if city:
        clauses.append("city = %s")
        params.append(city)
    query = base + " WHERE " + " AND ".join(clauses)
    with conn.cursor() as cur:
        cur.execute(query, params)
        return [dict(zip(("id", "name", "subject", "rate"), r)) for r in cur.fetchall()]
