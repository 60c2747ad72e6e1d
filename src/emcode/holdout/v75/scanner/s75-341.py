from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
)

TIMETABLE = {"12": ["07:12", "07:42"], "12A": ["07:20"]}


@app.get("/public/timetable/{route}")
def timetable(route: str):
    return {"route": route, "departures": TIMETABLE.get(route, [])}
