import msgpack


class MemberEventConsumer:
    def __init__(self, handler):
        self.handler = handler

    def on_message(self, body: bytes):
        event = msgpack.unpackb(body, raw=False)
        self.handler(event["type"], event.get("member_id"))
