import uuid


def issue_ticket_session(rider_id):
    return {"rider": rider_id, "session": uuid.uuid1().hex}
