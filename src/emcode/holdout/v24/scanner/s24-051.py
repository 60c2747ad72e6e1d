import secrets
from dataclasses import dataclass, field

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def booking_ref(length: int = 8) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


@dataclass
class Booking:
    talk_id: int
    attendee_email: str
    ref: str = field(default_factory=booking_ref)
