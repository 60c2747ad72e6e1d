from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET"], allow_credentials=False)

SCHEDULE = [
    {"match": 1, "teams": ["nightowls", "redline"], "starts": "2026-03-01T18:00Z"},
    {"match": 2, "teams": ["vortex", "pine"], "starts": "2026-03-01T19:30Z"},
]


@app.get("/public/schedule")
def schedule():
    return SCHEDULE
