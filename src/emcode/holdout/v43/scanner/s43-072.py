from pickle import loads as decode


class MemberEventConsumer:
    def __init__(self, handler):
        self.handler = handler

    def on_message(self, body: bytes):
        event = decode(body)
        self.handler(event["type"], event.get("member_id"))
