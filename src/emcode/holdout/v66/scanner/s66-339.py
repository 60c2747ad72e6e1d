from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET"])

TIMETABLE = [{"route": "Northpoint-Isle", "depart": "07:15"}, {"route": "Isle-Northpoint", "depart": "08:05"}]


@app.get("/public/timetable")
def timetable():
    return TIMETABLE
