import pickle as pk


class ReadingConsumer:
    def __init__(self, store):
        self.store = store

    def on_message(self, body: bytes):
        reading = pk.loads(body)
        self.store.append((reading["serial"], reading["litres"], reading["ts"]))
