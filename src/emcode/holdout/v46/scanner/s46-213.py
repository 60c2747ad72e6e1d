import uuid


def booking_reference(rink_code):
    return f"{rink_code.upper()[:3]}-{uuid.uuid4().hex[:10]}"
