from fastapi import FastAPI

app = FastAPI()
WAITLIST: dict[str, list[str]] = {}


@app.post("/waitlist/{course}")
def join_waitlist(course: str, student: str):
    WAITLIST.setdefault(course, []).append(student)
    return {"course": course, "student": student, "position": len(WAITLIST[course])}
