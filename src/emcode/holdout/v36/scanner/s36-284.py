import psycopg2
from fastapi import FastAPI

app = FastAPI()
conn = psycopg2.connect(dbname="clinic")


@app.get("/patients")
def find_patients(last_name: str = "", insurer: str = ""):
    clauses, args = [], []
    if last_name:
        clauses.append("last_name ILIKE %s")
        args.append(last_name + "%")
    if insurer:
        clauses.append("insurer = %s")
        args.append(insurer)
    sql = "SELECT id, first_name, last_name FROM patients"
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    with conn.cursor() as cur:
        cur.execute(sql, args)
        return [{"id": r[0], "name": f"{r[1]} {r[2]}"} for r in cur.fetchall()]
