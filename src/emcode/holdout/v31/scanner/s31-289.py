from fastapi import FastAPI
from fastapi.responses import PlainTextResponse

app = FastAPI()


@app.get("/ics/preview", response_class=PlainTextResponse)
def ics_preview(title: str, starts: str):
    lines = [
        "BEGIN:VEVENT",
        "SUMMARY:" + title.replace("\n", " ").replace("\r", " ")[:120],
        "DTSTART:" + "".join(ch for ch in starts if ch.isalnum())[:16],
        "END:VEVENT",
    ]
    return "\r\n".join(lines)
