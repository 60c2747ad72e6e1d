import bleach

ALLOWED = ["b", "i", "em", "strong", "a"]


def render_bio(raw_bio: str) -> str:
    cleaned = bleach.clean(raw_bio, tags=ALLOWED, attributes={"a": ["href"]}, protocols=["https"], strip=True)
    return '<section class="bio">' + cleaned + "</section>"
