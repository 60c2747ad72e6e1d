from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://learn.example.edu", "https://admin.learn.example.edu"],
    allow_credentials=True,
    allow_methods=["GET", "POST"],
    allow_headers=["Content-Type", "Authorization"],
)


@app.get("/lessons/{lesson_id}")
def lesson(lesson_id: int):
    return {"id": lesson_id, "title": f"Lesson {lesson_id}"}
