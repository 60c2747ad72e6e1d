from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI(title="Public flight timetable")
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET"])

TIMETABLE = [
    {"flight": "SR101", "from": "ZRH", "to": "LHR", "dep": "07:05"},
    {"flight": "SR204", "from": "ZRH", "to": "CDG", "dep": "09:40"},
]


@app.get("/timetable")
def timetable(origin: str | None = None):
    if origin:
        return [f for f in TIMETABLE if f["from"] == origin.upper()]
    return TIMETABLE
