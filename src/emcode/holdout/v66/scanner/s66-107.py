import sqlite3
from fastapi import FastAPI

app = FastAPI()


@app.get("/recalls")
def recalls(dentist: str | None = None, overdue: bool = False):
    sql = "SELECT patient, due FROM recalls WHERE 1=1"
    args = []
    if dentist:
        sql += " AND dentist = ?"
        args.append(dentist)
    if overdue:
        sql += " AND due < date('n