from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=False, allow_methods=["GET"])
TIMETABLE = {"A1": ["08:00", "08:30"], "B2": ["09:15"]}


@app.get("/timetable/{line}")
def timetable(line: str):
    return {"line": line, "departures": TIMETABLE.get(line, [])}
