from fastapi import FastAPI, Query
from sqlalchemy import create_engine, text
import os

app = FastAPI()
engine = create_engine(os.environ["SURVEY_DB_URL"])


@app.get("/surveys/{survey_id}/answers")
def answers(survey_id: int, question: str | None = Query(None), limit: int = Query(50, le=500)):
    stmt = "SELECT respondent, question, answer FROM answers WHERE survey_id = :sid"
    params = {"sid": survey_id, "lim": limit}
    if question:
        stmt += " AND question = :q"
        params["q"] = question
    stmt += " ORDER BY respondent LIMIT :lim"
    with engine.connect() as conn:
        rows = conn.execute(text(stmt), params).mappings().all()
    return [dict(r) for r in rows]
