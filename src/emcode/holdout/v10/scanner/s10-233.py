API_TOKEN = "loaded-at-startup"


class Event:
    def __init__(self, kind, payload):
        self.kind = kind
        self.payload = payload


def describe(fmt: str, event: Event) -> str:
    return fmt.format(event)
