import mysql.connector
import os
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


def conn():
    return mysql.connector.connect(host="db", user="app", password=os.environ["DB_PASSWORD"], database="lessons")


class Enrol(BaseModel):
    student: str
    course: str


@app.post("/enrol")
def enrol(e: Enrol):
    c = conn()
    cur = c.cursor()
    cur.execute("INSERT INTO enrolments (student, course) VALUES (%s, %s)", (e.student, e.course))
    c.commit()
    cur.execute("SELECT COUNT(*) FROM enrolments WHERE course = %s", (e.course,))
    (n,) = cur.fetchone()
    c.close()
    return {"enrolled": n}
